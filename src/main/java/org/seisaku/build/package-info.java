/** The pipeline: read, link, index, render, with atomic output. */
package org.seisaku.build;
