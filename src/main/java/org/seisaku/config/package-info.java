/** The site configuration ({@code site.yml}), its loader, source specifications, and YAML read with line numbers. */
package org.seisaku.config;
