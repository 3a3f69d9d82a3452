/**
 * Everything written to a results folder, from plain rows of numbers: summaries with intervals,
 * paired comparisons, CSV files and their workbook, charts, the map, the HTML report and the manifest, staged in a
 * {@link org.tiercare.report.ResultsFolder} and renamed into place when complete. Never sees the
 * model or the loader.
 */
package org.tiercare.report;
