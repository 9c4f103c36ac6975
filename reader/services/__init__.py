"""The flows between the window (or the command line) and the annotation file: opening
files, importing and exporting other tools' formats, reading colleagues' files for
review and agreement, finding occurrences to tag. No Qt: ui and cli both call these."""
