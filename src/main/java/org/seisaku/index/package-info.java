/**
 * The search index: the Japanese analysis chain ({@link org.seisaku.index.JapaneseAnalysis}), the Lucene writer
 * ({@link org.seisaku.index.Indexer}) and searcher ({@link org.seisaku.index.Searcher}), and related programs
 * ({@link org.seisaku.index.Related}).
 */
package org.seisaku.index;
