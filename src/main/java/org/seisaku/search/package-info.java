/** The static (browser) search index export. */
package org.seisaku.search;
