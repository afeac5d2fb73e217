/**
 * Output encodings that content cannot break, one layer per format, called by every writer of that format:
 * XML 1.0 text ({@link org.seisaku.encode.XmlText}), terminal text ({@link org.seisaku.encode.TerminalText}) and
 * spreadsheet-safe CSV cells ({@link org.seisaku.encode.CsvCells}).
 */
package org.seisaku.encode;
