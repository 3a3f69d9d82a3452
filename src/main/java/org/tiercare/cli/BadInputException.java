package org.tiercare.cli;

import org.tiercare.text.Messages;

/** A user mistake outside the scenario file (a missing file, a bad option value): exit code 2. */
final class BadInputException extends RuntimeException {
    /** The sentence {@code key} of the cli bundle, in the process's language. */
    BadInputException(String key, Object... args) { super(Messages.of("cli").get(key, args)); }
}
