/** Freemarker view models and page writers, sitemap, feed and data downloads. */
package org.seisaku.render;
