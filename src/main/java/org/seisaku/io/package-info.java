/**
 * Output written whole or not at all: {@link org.seisaku.io.OutputCommit} stages the site and the index beside
 * their folders and swaps them in together under a commit journal that the next command rolls forward or back;
 * {@link org.seisaku.io.OutputMarker} is the {@code .seisaku-output} file by which a folder is known as seisaku's
 * own (only such folders are replaced or deleted); {@link org.seisaku.io.Workers} runs parallel writers that stop
 * together on the first failure.
 */
package org.seisaku.io;
