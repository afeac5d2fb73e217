/** Problems in the input, collected and reported as {@code path:line: message}. */
package org.seisaku.diag;
