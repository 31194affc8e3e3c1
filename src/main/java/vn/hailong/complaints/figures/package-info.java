/**
 * Complaint figures (issue 9 item 11) for the metrics feature: received, accepted, resolved, on time, overdue now,
 * late with and without extension, the citizen's satisfaction with the answer, and the QĐ 766 PAKN rates, all from
 * the event log and the step clocks. The calculation is pure ({@link vn.hailong.complaints.figures.FigureCalculation});
 * the facts come through {@link vn.hailong.complaints.figures.ComplaintFigureStore}.
 */
package vn.hailong.complaints.figures;
