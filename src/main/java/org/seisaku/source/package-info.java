/**
 * Readers of content/ (ministries.yml, programs.yml, budget CSV, Markdown documents) and of other sources (judgit
 * review sheets); each yields model objects plus problems, never an exception for bad input. {@link
 * org.seisaku.source.Sources#read} is the entry point.
 */
package org.seisaku.source;
