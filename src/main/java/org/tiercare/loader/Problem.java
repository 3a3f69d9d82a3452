package org.tiercare.loader;


/**
 * One thing wrong with a scenario, located where a planner can find it. Problems raised by a
 * {@code --set} override have file {@code --set} and line/column 0, because they have no place in
 * the file; their message starts with the override.
 */
public record Problem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
