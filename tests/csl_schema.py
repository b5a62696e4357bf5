# ruff: noqa: SIM905, RUF005  (the CSL variable lists read as the specification lists them)
"""The CSL-JSON input schemas (CSL 1.0.2: csl-data.json and csl-citation.json, https://github.com/citation-style-language/schema),
written out here so that the tests check `korea cite --style csl-json` offline: every item variable, name and date as the
specification defines them, nothing else allowed."""

_STRINGS = """abstract annote archive archive_collection archive_location archive-place authority call-number citation-label
collection-title container-title container-title-short dimensions division DOI event event-place genre ISAN ISBN ISCI ISMN ISRC
ISSN ISWC jurisdiction keyword medium note original-publisher original-publisher-place original-title part-title PMCID PMID
publisher publisher-place references reviewed-title scale section source status title title-short translated-title
translated-title-short URL version year-suffix categories language journalAbbreviation shortTitle""".split()
_NUMBERS = """chapter-number citation-number collection-number edition first-reference-note-number issue locator number number-of-pages
number-of-volumes page page-first part printing supplement volume""".split()
_NAMES = """author chair collection-editor compiler composer container-author contributor curator director editor editorial-director
executive-producer interviewer illustrator organizer original-author performer producer recipient reviewed-author translator""".split()
_DATES = "accessed available-date container event-date issued original-date submitted".split()
TYPES = """article article-journal article-magazine article-newspaper bill book broadcast chapter classic collection dataset document
entry entry-dictionary entry-encyclopedia figure graphic hearing interview legal_case legislation manuscript map motion_picture
musical_score pamphlet paper-conference patent performance periodical personal_communication post post-weblog regulation report
review review-book software song speech standard thesis treaty webpage""".split()
LOCATOR_LABELS = (
    """appendix article book canon chapter column elocation equation figure folio issue line note opus page paragraph part
rule section sub-verbo supplement table timestamp title verse volume""".split()
    + ["sub verbo"]
)

_NAME = {
    "type": "object",
    "properties": {
        **{key: {"type": "string"} for key in ("family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal")},
        **{key: {"type": ["string", "number", "boolean"]} for key in ("comma-suffix", "static-ordering", "parse-names")},
    },
    "additionalProperties": False,
}
_DATE = {
    "anyOf": [
        {"type": "string"},
        {
            "type": "object",
            "properties": {
                "date-parts": {
                    "type": "array",
                    "items": {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1, "maxItems": 3},
                    "minItems": 1,
                    "maxItems": 2,
                },
                "season": {"type": ["string", "number"]},
                "circa": {"type": ["string", "number", "boolean"]},
                "literal": {"type": "string"},
                "raw": {"type": "string"},
                "edtf": {"type": "string"},
            },
            "additionalProperties": False,
        },
    ]
}
ITEM = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": TYPES},
        "id": {"type": ["string", "number"]},
        "custom": {"type": "object"},
        **{key: {"type": "string"} for key in _STRINGS if key != "categories"},
        "categories": {"type": "array", "items": {"type": "string"}},
        **{key: {"type": ["string", "number"]} for key in _NUMBERS},
        **{key: {"type": "array", "items": _NAME} for key in _NAMES},
        **{key: _DATE for key in _DATES},
    },
    "required": ["type", "id"],
    "additionalProperties": False,
}
DATA = {"$schema": "http://json-schema.org/draft-07/schema#", "type": "array", "items": ITEM}
"""csl-data.json: an array of items (a bibliography)."""

CITATION = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "object",
    "properties": {
        "schema": {"type": "string", "enum": ["https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json"]},
        "citationID": {"type": ["string", "number"]},
        "citationItems": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": ["string", "number"]},
                    "itemData": ITEM,
                    "prefix": {"type": "string"},
                    "suffix": {"type": "string"},
                    "locator": {"type": "string"},
                    "label": {"type": "string", "enum": LOCATOR_LABELS},
                    "suppress-author": {"type": ["string", "boolean", "number"]},
                    "author-only": {"type": ["string", "boolean", "number"]},
                    "uris": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["id"],
                "additionalProperties": False,
            },
        },
        "properties": {"type": "object", "properties": {"noteIndex": {"type": "number"}}, "additionalProperties": False},
    },
    "required": ["schema", "citationID", "citationItems"],
    "additionalProperties": False,
}
"""csl-citation.json: one citation, its items with locators."""
