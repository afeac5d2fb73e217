/** The Japanese analysis chain, the Lucene index writer and searcher. */
package org.seisaku.index;
