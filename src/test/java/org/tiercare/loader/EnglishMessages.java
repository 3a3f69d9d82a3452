package org.tiercare.loader;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tiercare.text.Messages;

/**
 * Runs each test of a class that checks the wording of problems in English, whatever the machine's
 * language or {@code TIERCARE_LANG}, and gives the process its language back afterwards.
 */
public final class EnglishMessages implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EnglishMessages.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NS).put("previous", Messages.current());
        Messages.setCurrent(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setCurrent(context.getStore(NS).get("previous", Locale.class));
    }
}
