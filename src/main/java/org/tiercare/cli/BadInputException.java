package org.tiercare.cli;

/** A user mistake outside the scenario file (a missing file, a bad option value): exit code 2. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) { super(message); }
}
