package org.tiercare.loader;

import java.util.Collection;
import org.tiercare.text.Messages;

/**
 * The loader's sentences, from the {@code loader} message bundle in the process's language
 * ({@code src/main/resources/org/tiercare/text/loader.properties} and {@code loader_zh.properties}).
 * Each problem is one whole pattern; key paths, ids, values as written and lists of allowed values
 * are its arguments and are never translated.
 */
final class Text {

    private Text() {}

    /**
     * The sentence {@code key} with its arguments. Numbers are turned into text here, as string
     * concatenation would write them, so MessageFormat adds no grouping ({@code 120000}, not {@code 120,000}).
     */
    static String get(String key, Object... args) {
        Object[] a = args.clone();
        for (int i = 0; i < a.length; i++) {
            if (a[i] instanceof Number n) a[i] = String.valueOf(n);
        }
        return Messages.of("loader").get(key, a);
    }

    /** A problem at a key path: {@code path: message}; the message alone when the path is empty (the top level). */
    static String at(String path, String message) {
        return path.isEmpty() ? message : get("at", path, message);
    }

    /** A value, id or key as written, quoted the way the language quotes ({@code 'H1'}, {@code “H1”}). */
    static String quote(String text) {
        return get("quoted", shorten(text));
    }

    /**
     * A value as written, cut to its first 60 characters and "…" when longer: a message quotes what
     * was written so it can be found, and a runaway value (a 2,000-digit number, a paragraph pasted
     * into an id) would only bury the sentence.
     */
    static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 60) + "\u2026";
    }

    /** Items joined by the language's separator ({@code ", "} or {@code "、"}), with nothing cut. */
    static String join(Collection<String> items) {
        return String.join(get("list.separator"), items);
    }
}
