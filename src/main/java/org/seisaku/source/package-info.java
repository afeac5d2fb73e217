/** Readers of content/ and other sources; each yields model objects plus problems. */
package org.seisaku.source;
