/**
 * The YAML/CSV plug: reads a scenario file and the CSV tables it references into a located tree,
 * applies {@code --set} overrides and tier defaults, binds and validates every section into {@code
 * org.tiercare.scenario} records, and reports every problem at once with file:line:column. Defaults
 * that depend on other sections (a lead hospital's reservation) are resolved here, once. The model
 * never imports this package.
 */
package org.tiercare.loader;
