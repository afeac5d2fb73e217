/** The site configuration ({@code site.yml}) and source specifications. */
package org.seisaku.config;
