/**
 * The preview server ({@code seisaku serve}: the built site and {@code /api/search} on 127.0.0.1), and the search
 * parameters and JSON that it shares with {@code seisaku search}, so that both answer a query alike.
 */
package org.seisaku.serve;
