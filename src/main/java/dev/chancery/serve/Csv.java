package dev.chancery.serve;

import dev.chancery.result.EntityResult;
import dev.chancery.result.Result;

/** Tables as CSV (RFC 4180): the page's export. */
final class Csv {
    private Csv() {
    }

    /** One row an entity: id, name, status, tally, and its recognizers in force with their ordinals. */
    static String entities(Result result) {
        StringBuilder out = new StringBuilder("id,name,status,tally,recognized by\r\n");
        for (EntityResult e : result.entities()) {
            out.append(field(e.id())).append(',').append(field(e.name())).append(',').append(field(e.status()))
                    .append(',').append(e.tally()).append(',')
                    .append(field(String.join(" ", e.recognizedBy().stream()
                            .map(r -> r.state() + (r.ordinal() == null ? "" : "#" + r.ordinal())).toList())))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** A field quoted where it must be; a leading =, +, - or @ is kept as text in a spreadsheet. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches("[^,\"\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
