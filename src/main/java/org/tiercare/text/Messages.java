package org.tiercare.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The sentences users read, from message bundles in English (the base bundle) and Chinese ({@code _zh}).
 * Each area of the program has its own bundle ({@code cli}, {@code report}) under
 * {@code src/main/resources/org/tiercare/text/}. Every pattern goes through {@link MessageFormat}, so a
 * translation may put the arguments in its own word order; a literal apostrophe is written {@code ''}.
 */
public final class Messages {
    /**
     * Chinese and English side by side, Chinese first: the language of documents (report, charts) when the user
     * chose none. A Chinese locale with a private-use tag, so bundles resolve it to Chinese; writers that can
     * show two languages ask {@link #isBilingual}.
     */
    public static final Locale BILINGUAL = new Locale.Builder().setLanguage("zh").setRegion("CN").setExtension('x', "en").build();

    /** The language chosen for this process; see {@link #defaultLocale()}. */
    private static volatile Locale current = defaultLocale();

    /** The language of documents; see {@link #documents()}. */
    private static volatile Locale documents = chosenLocale() != null ? chosenLocale() : BILINGUAL;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The bundle of an area ({@code "cli"}, {@code "report"}) in a language. */
    public static Messages of(String area, Locale locale) {
        // No fallback to the JVM's default locale: a missing translation falls back to English, the base bundle.
        ResourceBundle b = ResourceBundle.getBundle("org.tiercare.text." + area, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(b, locale);
    }

    /** The bundle of an area in the process's language. */
    public static Messages of(String area) { return of(area, current); }

    /** The sentence {@code key} with its arguments put in place. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message '" + key + "' is missing from bundle " + bundle.getBaseBundleName(), e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether the bundle defines {@code key}. */
    public boolean has(String key) { return bundle.containsKey(key); }

    public Locale locale() { return locale; }

    /** The process's language. */
    public static Locale current() { return current; }

    /** Chooses the process's language (the CLI's {@code --lang}). */
    public static void setCurrent(Locale locale) { current = locale; }

    /**
     * The language report.html and the charts are written in: the one the user chose ({@code --lang} or
     * {@code TIERCARE_LANG}), else {@link #BILINGUAL}. The console speaks one language, {@link #current()}.
     */
    public static Locale documents() { return documents; }

    /** Sets {@link #documents()}: a chosen language, or null for none (bilingual documents). */
    public static void setDocuments(Locale chosen) { documents = chosen != null ? chosen : BILINGUAL; }

    /** Whether {@code locale} asks for both languages ({@link #BILINGUAL}). */
    public static boolean isBilingual(Locale locale) { return BILINGUAL.equals(locale); }

    /** The language named by {@code TIERCARE_LANG}, or null when it is not set. */
    public static Locale chosenLocale() {
        String env = System.getenv("TIERCARE_LANG");
        return env != null && !env.isBlank() ? parse(env) : null;
    }

    /**
     * {@code TIERCARE_LANG} ({@code zh} or {@code en}) if set, else Chinese when the system's locale is
     * Chinese, else English.
     */
    public static Locale defaultLocale() {
        Locale chosen = chosenLocale();
        if (chosen != null) return chosen;
        return "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** {@code zh}, {@code zh-CN}, {@code zh_CN} → Chinese; anything else → English. */
    public static Locale parse(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }
}
