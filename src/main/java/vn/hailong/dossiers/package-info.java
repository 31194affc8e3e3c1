/**
 * Dossiers (hồ sơ) as the one-stop software feeds them (product.md §4.5): the feed ({@link vn.hailong.dossiers.DossierFeed},
 * merged by {@link vn.hailong.dossiers.DossierMerge} so that no report moves a dossier backwards), the
 * {@link vn.hailong.dossiers.DossierReturned} event, the {@link vn.hailong.dossiers.Dossiers} port, the staff list,
 * and the metrics' dossier denominators ({@link vn.hailong.dossiers.DossierCounts}).
 */
package vn.hailong.dossiers;
