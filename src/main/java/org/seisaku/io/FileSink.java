package org.seisaku.io;

import java.io.IOException;

/** Where a stage writes the files of the site: a relative, '/'-separated path and its bytes. */
@FunctionalInterface
public interface FileSink {
  void write(String relative, byte[] bytes) throws IOException;
}
