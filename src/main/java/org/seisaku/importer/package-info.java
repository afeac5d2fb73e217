/**
 * {@code seisaku import}: a budget PDF or its extracted text → repaired lines → budget items with provenance and a
 * confidence → a draft Markdown document and budget CSV rows that {@code check} and {@code build} accept as they are.
 * {@link org.seisaku.importer.Importer} chains the stages; {@link org.seisaku.importer.Repair} and
 * {@link org.seisaku.importer.ItemFinder} hold the rules.
 */
package org.seisaku.importer;
