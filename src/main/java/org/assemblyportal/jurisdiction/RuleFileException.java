package org.assemblyportal.jurisdiction;

/** A rule file that breaks the schema: names the file, the path inside it and the problem. */
public class RuleFileException extends IllegalStateException {

    public RuleFileException(String file, String path, String problem) {
        super("Jurisdiction rule file " + file + ", at " + path + ": " + problem);
    }
}
