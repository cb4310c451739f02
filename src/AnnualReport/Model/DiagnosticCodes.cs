namespace AnnualReport.Model;

/// <summary>
/// Every diagnostic code the program reports, with what it means. A test checks that each code
/// used in the source is listed here and has a test of its own; README.md lists them for analysts.
/// </summary>
public static class DiagnosticCodes
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        // Catalogue (YAML)
        ["yaml-syntax"] = "the file is not valid YAML",
        ["duplicate-key"] = "the same key twice in one mapping",
        ["unknown-key"] = "a key the catalogue does not know (often a typo)",
        ["wrong-type"] = "a value of the wrong type or outside its allowed words",
        ["missing-field"] = "a required field is missing or empty",
        ["conflicting-choice"] = "curated text: an indicator both pinned and dropped among the key findings; catalogue: frequency: quarterly (monthly, half-yearly) together with data.period, interval, data.region or composition standardisation",
        ["bad-image"] = "a cover picture (edition.cover.logo or .image) that is not a PNG or JPEG file by its first bytes, or larger than 10 MB",
        ["duplicate-id"] = "two groups, breakdowns, themes or indicators with one id; a language named twice; a dimension or category code twice in a data file; a municipality code or code change twice",
        ["unknown-theme"] = "an indicator refers to a theme that is not defined",
        ["unknown-group"] = "a group id (in the catalogue or the data) that is not defined",
        ["unknown-breakdown"] = "a breakdown id that is not defined, or not the indicator's",
        ["file-not-found"] = "a catalogue, data file or template that cannot be read, or is no ordinary file (a folder, pipe or device)",
        ["bad-isbn"] = "edition.isbn is not an ISBN-13 with a correct check digit (ISO 2108)",
        ["bad-issn"] = "edition.issn is not an ISSN with a correct check digit (ISO 3297, modulus 11)",

        // Data files
        ["unknown-format"] = "a data file extension other than .csv, .xlsx, .json, .px or .tsv (.tsv.gz)",
        ["bad-xlsx"] = "an .xlsx data file that cannot be read as a workbook, or whose first sheet is empty",
        ["bad-header"] = "a CSV header without a value column or dimension columns",
        ["wrong-separator"] = "a CSV file whose header line is not separated as the catalogue declares (data.separator)",
        ["bad-row"] = "a CSV row that cannot be read: another number of fields than the header, or a quote never closed",
        ["bad-number"] = "a value that is not a number (a decimal comma, say)",
        ["bad-status"] = "a status that is not one of SSB's symbols",
        ["missing-value"] = "an empty value without a status symbol",
        ["bad-json"] = "a JSON-stat file that is not valid JSON",
        ["bad-json-stat"] = "valid JSON that breaks the JSON-stat structure",
        ["bad-px"] = "a PX file that breaks the PX structure",
        ["bad-tsv"] = "a Eurostat TSV file that breaks its structure: a first header cell without the backslash before the time dimension, a row with another number of cells than the header, a row given twice, a period twice in the header",
        ["unknown-flag"] = "a flag in a Eurostat TSV cell that is not a letter, or a letter the source's vocabulary gives no meaning (Eurostat's flags, or the catalogue's data.symbols)",
        ["unknown-meaning"] = "a meaning in the catalogue's data.symbols that is not one of the status meanings",

        // Mapping data to the catalogue
        ["unknown-dimension"] = "the mapping names a dimension the file does not have",
        ["unmapped-dimension"] = "a file dimension with several categories that nothing maps or filters",
        ["unknown-category"] = "a breakdown category or filter code that is not defined",
        ["bad-year"] = "a time code that is not a year",
        ["padded-code"] = "a code or year in a CSV file with spaces before or after it (\"2024 \"), which is never trimmed silently",
        ["duplicate-observation"] = "two figures for the same series and year",
        ["unknown-region"] = "a region code that is neither the country, a county nor a municipality of the classification",

        // Mappings real tables need (data.codes per dimension, data.ignore, data.period, total: none)
        ["mapped-not-listed"] = "a code data.codes renames to a group or category the indicator does not list (never dropped silently)",
        ["listed-not-found"] = "with data.ignore: unlisted, a group or category the indicator lists that no code of the file gives (a misspelt code would otherwise be ignored)",
        ["missing-total"] = "a breakdown dimension without its total code; name it with data.total, or write total: none to show the categories alone",
        ["sub-annual-period"] = "quarters or months in the time dimension without data.period or frequency saying what to do with them, or another kind than period.pick or frequency names; a quarter, month or half-year in the municipal country-background file",
        ["incomplete-year"] = "warning: years left out of a data.period average or sum because a quarter or month is missing",

        // Checks across catalogue and data
        ["impossible-value"] = "a value impossible for the unit (a percentage of 130)",
        ["missing-year"] = "warning: a year missing inside a series",
        ["old-data"] = "warning: the latest figures are older than the edition should have",
        ["illustrative-data"] = "warning: illustrative figures in a build that is not a draft",

        // Curated text
        ["unknown-indicator"] = "curated text refers to an indicator that is not defined",
        ["text-syntax"] = "a {{ in curated text that is not a well-formed helper",
        ["text-unknown-helper"] = "a helper other than value, year, change, gap or direction",
        ["text-bad-argument"] = "a helper with a wrong or unknown argument",
        ["text-missing-figure"] = "a helper whose figure is missing (the text would print no number)",
        ["text-direction"] = "the sentence says up while the number went down, or the other way round (an error; a warning in a draft)",

        // Templates
        ["template-error"] = "a template that does not compile or refers to a missing name, or a phrase it asks for that the phrase book lacks",

        // Phrase books (templates/phrases/<language>/)
        ["missing-phrase-book"] = "no phrase book for a language of the edition (templates/phrases/<language>/ is missing)",
        ["phrase-error"] = "a phrase book entry that is not text, a plural without one and other, or a brace left open",

        // Input safety: file names, paths, encodings and limits
        ["unsafe-name"] = "an id or file name that cannot safely become a file name, URL or anchor (../, /, CON, case-only twins, control characters)",
        ["path-outside-edition"] = "an input path that is absolute, climbs out of editions/<year>/ or leads out through a symbolic link",
        ["bad-encoding"] = "a text file that is not valid UTF-8 (or is UTF-16), or a PX file whose bytes do not fit its CODEPAGE",
        ["too-large"] = "a file over the size limit (20 MB for YAML and templates, 200 MB for data and geography)",
        ["too-deep"] = "YAML lists and mappings nested more than 64 levels deep",
        ["yaml-alias"] = "a YAML alias (*name); write the value out instead",

        // Data and geography checks
        ["no-data"] = "a data or geography file with a header and no rows",
        ["too-many-cells"] = "a data file whose dimensions span more cells than the limit (10 million)",
        ["bad-region-code"] = "a classification code that is not 4 digits (municipality) or 2 digits (county), so no safe file name",
        ["share-sum"] = "the shares an old code is split by in the changes file do not add up to 1",

        // Consistency checks
        ["inconsistent-total"] = "the categories of a breakdown (or the municipalities of a county, the counties of the country, a municipality's country backgrounds) add up to more than their total, beyond the source's rounding (data.rounding)",

        // Publishing safety
        ["unsafe-link"] = "warning: a link in curated text or a source address that is not http, https, mailto or inside the site; shown as text without the link",
        ["text-image"] = "warning: an image in curated text; images are never shown (nothing is loaded from elsewhere), its alt text is",

        // Languages of the edition (issue 14)
        ["unknown-language"] = "a language code that is not known, or a translation for a language the edition does not have",
        ["missing-translation"] = "a catalogue text or a curated text block that lacks one of the edition's languages (a warning in a draft, which shows the main language's text)",
        ["extra-translation"] = "a block in a translation's text file (text.nn.yaml) that the main language's text.yaml lacks",

        // Reviewers' comments (annual-report comments)
        ["bad-pdf"] = "a file given to comments that is not a PDF, or a PDF too damaged to read",
        ["encrypted-pdf"] = "a PDF given to comments that is protected by a password",

        // Output folder and command line
        ["edition-not-found"] = "the edition a command names (--edition, or the newest in editions/) does not exist, or its folder has no indicators.yaml",
        ["edition-year-mismatch"] = "an edition folder editions/<year>/ whose catalogue gives another year",
        ["edition-exists"] = "new-edition names a year whose edition folder already exists",
        ["carried-over"] = "a data or text file new-edition copied from last year's edition is still unchanged (warning: it holds last year's figures or words)",
        ["bad-option"] = "a command line the program cannot read: an unknown command or option, a value of the wrong kind, no command, a --language the edition does not have",
        ["unsafe-output"] = "an output folder that is not empty and not written by the program, a file, a root or a folder holding the input",
        ["bad-fetch"] = "a data.fetch block that cannot be used (a site that is not a web address, a table id with other characters, a selection that is neither codes nor an expression the API takes, a data file that is not .json, two indicators fetching one file differently), or a selection the table's metadata does not have",
        ["since-language-missing"] = "build --since OLD: OLD has no folder for a language being built; that language is built without marks (warning)",
        ["not-a-build"] = "compare, build --since: a folder that is not a build output of the program (no marker file, no language folder with analysis.json, or an analysis.json that cannot be read)",
    };
}
