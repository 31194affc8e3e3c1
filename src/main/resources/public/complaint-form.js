// The complaint form and its receipt (/phan-anh). Without this script both work; with it, the unit list can be
// filtered by typing, and the receipt has a print button.
(function () {
  'use strict';
  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  document.querySelectorAll('input[data-filters]').forEach(function (filter) {
    var select = document.getElementById(filter.getAttribute('data-filters'));
    if (!select) return;
    filter.hidden = false;
    filter.addEventListener('input', function () {
      var q = fold(filter.value.trim());
      var firstMatch = null;
      select.querySelectorAll('optgroup').forEach(function (group) {
        var any = false;
        group.querySelectorAll('option').forEach(function (o) {
          var show = q === '' || fold(o.textContent).indexOf(q) >= 0;
          o.hidden = !show;
          o.disabled = !show;
          if (show) { any = true; if (!firstMatch) firstMatch = o; }
        });
        group.hidden = !any;
      });
      if (q !== '' && firstMatch && (select.selectedIndex <= 0 || select.options[select.selectedIndex].hidden)) {
        firstMatch.selected = true;
      }
    });
  });
  var print = document.getElementById('print-receipt');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
})();
