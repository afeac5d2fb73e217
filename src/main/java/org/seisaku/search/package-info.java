/** The static (browser) search index export; its client is {@code site-templates/assets/search.js}. */
package org.seisaku.search;
