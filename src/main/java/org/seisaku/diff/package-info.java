/** What a build changed against an earlier one: programs, figures and documents ({@code seisaku diff}). */
package org.seisaku.diff;
