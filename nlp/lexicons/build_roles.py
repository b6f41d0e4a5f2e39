"""Compile the data behind role titles: new role words (roles_derived.yaml) and role noun forms
(role_nouns.tsv).

Sources:

- ``word_clusters.tsv.gz`` (nlp/lexicons, built by build_clusters.py from spacy-lookups-data, MIT):
  Brown clusters of the 300,000 most frequent German words. Two clusters hold role titles
  (``10000101``: Leiter, Präsident, Vorsitzende, Chefarzt, Präses, Schirmherr ...; ``1111111101``:
  Bürgermeister, Landrat, Pfarrer, Superintendent, Oberkirchenrat ...); their neighbours
  ``111111101`` and ``11111111101`` hold functions mixed with occupations (Diakon, Prokurist,
  Kantor, Moderator ... beside Bäcker, Gitarrist).
- ``nouns.csv`` of the ``german-nouns`` package (Gregor Weichbrodt, compiled from the German
  Wiktionary; CC BY-SA 4.0): genus and every case and number form of ~100,000 nouns. Used for the
  person-noun test (a masculine noun with a feminine -in partner, or an adjectivally declined noun)
  and for the forms of every role head. The compiled files are derived works under CC BY-SA 4.0.

How a word of a cluster becomes a role (``derive``):

1. words of the title clusters and the neighbour clusters that are capitalised, alphabetic and not
   yet recognised by nlp.relations.lexicon.role_hit (roles.yaml, compounds included);
2. person nouns only: German person-noun morphology (a masculine lemma with a feminine -in partner in
   Wiktionary, the feminine partner of one, an adjectivally declined noun such as "Bevollmächtigter",
   or an agent suffix -or, -eur, -ent, -ant, -ar, -rat/-rätin ...);
3. title clusters: every such word except those judged not to be a function held in an organization
   (``NOT_ROLES``: kinship, nobility, sport, creed, nationality, creators, DJ, Ritter ...);
   neighbour clusters, whose words are mostly occupations: only the functions of ``NEIGHBOUR_ROLES``;
4. a word whose last part is itself a derived role ("Thomaskantor" -> "Kantor") is left to that
   head when the head is listed as compounding (``COMPOUND_HEADS``: a compound ending in it counts).

Run: ``python -m nlp.lexicons.build_roles`` (needs ``pip install german-nouns``, a build-time
dependency only). Rebuild after editing roles.yaml: role_nouns.tsv holds the forms of its heads.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
CLUSTERS = HERE / "word_clusters.tsv.gz"
DERIVED = HERE / "roles_derived.yaml"
NOUNS = HERE / "role_nouns.tsv"

TITLE_CLUSTERS = ("10000101", "1111111101")
NEIGHBOUR_CLUSTERS = ("111111101", "11111111101")

# Agent suffixes of German person nouns (for compounds Wiktionary does not list).
AGENT = re.compile(
    r"(er|erin|ent|entin|or|orin|eur|eurin|ant|antin|ist|istin|ar|arin|är|ärin|rat|rätin|arzt|ärztin"
    r"|meister|meisterin|beauftragte|beauftragter|chef|chefin|dekan|dekanin|wart|wartin)$"
)

# Words of the title clusters that are person nouns but no function held in an organization (judged
# by hand): kinship and origin, nobility and history, sport and show business, creed and party
# following, authorship and ownership of things, states and achievements.
NOT_ROLES = frozenset(
    """Absolvent Absolventin Ahnherr Amtsinhaber Amtsinhaberin Anhänger Anhängerin Anreger Ausrichter
    Begründer Begründerin Beherrscher
    Beschützer Beschützerin Betreiber Betreiberin Bewahrer Bewahrerin Bezwinger Biograph Brudermeister
    Demokrat Demokratin Diktator Diktatorin Erbauer Erfinder Erfinderin Erforscher Erhalter Erneuerer
    Errichter Förderer Förderin Fußballer Fußballerin Fussballer Galopper Gegenkönig Gegenpapst
    Gerechter Gewinner Gewinnerin Gründervater Gründungsvater Heiliger Herrscher Jarl Kapitän Kapitänin
    Kommunist Künder Leadsänger Leadsängerin Leidtragender Leitartikler Lokalmatador Märtyrer Martyrer
    Mitschöpfer Mitverursacher Namensgeber Namensgeberin Namenspatron Partisan Patron Patronin Pionier
    Pionierin Profiteur Protestant Rebounder Rechtsnachfolger Rechtsnachfolgerin Rechtsvorgängerin
    Republikaner Ritter Schöpfer Schutzgott Schutzgöttin Schutzheilige Schutzherr Schutzpatron
    Schützer Senior Stammvater Student Sympathisant Torjäger Toptorjäger Trainer Trainerin Träger
    Trägerin Trösterin Turnvater Überlebender Überwinder Unterstützerin Urvater Verfasser
    Verfasserin Verfolgter Verkünder Veteran Vollender Vorbereiter Vorbote Vordenker Vorkämpfer
    Vorläufer Vorreiter Wegbereiter Wegbereiterin Weltfußballer Welthandballer Weltrekordhalter
    Wortführer Zarewitsch Baron Graf König Kaiser Fürst Prinz Herzog Abbé Ajatollah Augur Centurio
    Commis DJ Doyen Drummer Frontfrau Frontman Frontmann Headcoach Hollywoodstar Häuptling Jungstar
    Junior Kapo Klassenprimus Korporal Landvogt Linebacker Medienmogul Meisterdetektiv Meistertrainer
    Mittelfeldmotor Nationalcoach Nationalkeeper Nationaltorhüter Nationaltorwart Nationaltrainer
    Pair Palatin Pontifex Prätor Quarterback Rebbe Reichsverweser Reichskanzler Reichspräsident
    Reichsstatthalter Revolutionsführer Schlagerstar Schultheiß Shihan Stammkeeper Stararchitekt
    Stardesigner Stürmerstar Thronfolger Vizepremier Youngster Erfolgscoach Erfolgstrainer
    Interimscoach Interimstrainer Bundestrainer Bundestrainerin Chef-Trainer Großwesir Großmufti
    Generalissimus Feldmarschall Generalfeldmarschall Hofmarschall Marschall Statthalter
    Regierungsstatthalter Burgherr Grundherr Schlossherr Oberaufseher Gefreiter Obergefreiter
    Mannschaftsarzt Teamarzt Leibarzt Sonderberichterstatter Autor Autorin Mitautor Mitautorin Koautor
    Hauptautor Erstautor Herausgeber Herausgeberin Eigentümer Eigentümerin Miteigentümer
    Alleineigentümer Mitbesitzer Hofbesitzer Großaktionär Hauptaktionär Mehrheitsaktionär
    Mehrheitseigner Hauptlieferant Hauptnutzer Hauptverursacher Titelsponsor Trikotsponsor
    Premiumpartner Substitut Heilige Oberkommandierende Ehrendoktor Ehrenbürger Vorjahressieger
    Altstar Altmeister Weltmeister Schachweltmeister Ex-Weltmeister Grossmeister Großmeister Primas
    Olein Gerben Teck Infant Mufti Mullah Monsignore Prior Priorin Komtur Kommodore Capitain Capitän
    Brigadier Fähnrich Provinzial Zunftmeister Stadtmeister Hochmeister Mitgestalter Initiant
    Bundesliga-Profi Bundesliga-Spieler Spielführer Kapitänleutnant Flugkapitän Fregattenkapitän
    Korvettenkapitän Leichtmatrose Tatort-Kommissar Kultregisseur Nachwuchsmann Vormann Turniersieger
    Hotelfachmann Staplerfahrer Festwirt Bahnwärter Hofgärtner Hofmaler Hofprediger Gärtnermeister
    Maurermeister Dachdeckermeister Schreinermeister Zimmermeister Orgelbaumeister Dombaumeister
    Hofbaumeister Postmeister Forstmeister Rittmeister Schützenbruder Sportfreund Physiotherapeut
    Trösterin Verwalter Verwalterin Kassenverwalter Komplementärin Teilhaber
    Pächterin Treuhänderin Betriebsführer Magister Primarius Syndikus Protektor Kanonikus Evangelist
    Metropolit Stadtschreiber Stadtarchivar Präsentator Oberkommandierender Kreisheimatpfleger
    Ortsheimatpfleger Kommissar Hauptkommissar Hauptkommissarin Kriminalkommissar
    Kriminalhauptkommissar Polizeikommissar Polizeioberkommissar Befehlshaber Oberbefehlshaber
    Vertrauensmann Frontman Ratsfrau Obfrau Ko-Autor Co-Autorin Co-Autor Co-Trainerin Mitverfasser
    Kammersänger Hoherpriester Regent Regentin Bundesrat Bundesrätin Staatsrat Sozialrat Nationalrat
    Nationalrätin""".split()
    # (Bundesrat, Staatsrat, Nationalrat ...: in German press mostly the body, not its member)
)

# Functions among the mostly occupational neighbour clusters (judged by hand).
NEIGHBOUR_ROLES = frozenset(
    """Diakon Diakonin Kantor Kantorin Moderator Moderatorin Revisor Revisorin Prokurist Prokuristin
    Fachberater Fachberaterin Ministerialdirigent Ministerialdirigentin Pastoralreferent
    Pastoralreferentin Weihbischof Kreisrat Kreisrätin Landesrat Landesrätin Schulrat Schulrätin
    Studienrat Studienrätin Ministerialrat Ministerialrätin Delegierter
    Delegierte Gesandter Gesandte Beisitzer Beisitzerin Justiziar Justiziarin Lektor Lektorin
    Vikar Vikarin Kaplan Prediger Predigerin Rabbiner Rabbinerin Seelsorger Seelsorgerin Notar Notarin
    Funktionär Funktionärin Schöffe Schöffin Mediator Mediatorin Kustos Presbyter Presbyterin Assessor
    Assessorin Auditor Auditorin Stadtverordneter Stadtverordnete Referendar Referendarin Volontär
    Volontärin Tutor Tutorin Korrespondent Korrespondentin Wirtschaftsförderer Wirtschaftsförderin
    Juror Jurorin Festredner Festrednerin Laudator Laudatorin Sachverständiger Sachverständige
    Beigeordneter Parlamentarier Parlamentarierin Kassier Kassiererin Kassierer Visitator""".split()
)

# Heads under which a compound counts as the role ("Thomaskantor", "Generalvikar", "Amtschef").
COMPOUND_HEADS = frozenset(
    """Chef Chefin Kommandeur Kommandeurin Präses Dekan Kantor Kantorin Moderator Moderatorin Revisor
    Revisorin Prokurist Prokuristin Diakon Diakonin Vikar Vikarin Kassier Kassierer Laudator Laudatorin
    Juror Jurorin Organisator Organisatorin Initiator Initiatorin Repräsentant Repräsentantin
    Vertreter Vertreterin Superintendent Superintendentin Propst Pröpstin Bevollmächtigter
    Bevollmächtigte Schirmherr Schirmherrin Fachberater Fachberaterin Seelsorger Seelsorgerin
    Kandidat Kandidatin Major Admiral General Obmann Rabbiner Rabbinerin Notar Notarin
    Justiziar Justiziarin Gouverneur Gouverneurin Konsul Konsulin Delegierter Delegierte Intendant
    Intendantin Sekretär Sekretärin Inspekteur Lektor Lektorin Prälat Dechant Kaplan Beisitzer
    Beisitzerin Mediator Mediatorin Korrespondent Korrespondentin Dirigent Dirigentin Gesellschafter
    Gesellschafterin""".split()
)


def read_clusters(path: Path = CLUSTERS) -> dict[str, str]:
    out: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, bits = line.rstrip("\n").partition("\t")
            out[word] = bits
    return out


class Nouns:
    """The noun table of german-nouns: genus, adjectival declension and forms per lemma."""

    def __init__(self) -> None:
        import german_nouns  # build-time only

        path = Path(german_nouns.__path__[0]) / "nouns.csv"
        self.genus: dict[str, set[str]] = defaultdict(set)
        self.first_genus: dict[str, str] = {}  # the genus Wiktionary lists first: "Hebamme" f, "Leiter" m
        self.adjectival: set[str] = set()
        self.singular: dict[tuple[str, str], set[str]] = defaultdict(set)
        self.plural: dict[tuple[str, str], set[str]] = defaultdict(set)
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                lemma = row["lemma"]
                if not lemma or "Substantiv" not in row["pos"] or not lemma[:1].isupper():
                    continue
                genus = row["genus"] or row["genus 1"]
                if genus not in ("m", "f"):
                    continue
                self.genus[lemma].add(genus)
                self.first_genus.setdefault(lemma, genus)
                if "adjektivische" in row["pos"]:
                    self.adjectival.add(lemma)
                for column, value in row.items():
                    if not value or column in ("lemma", "pos") or column.startswith("genus"):
                        continue
                    target = self.plural if " plural" in column else self.singular
                    for form in value.split(","):
                        if form.strip() and form.strip() not in ("—", "-"):
                            target[(lemma, genus)].add(form.strip())

    def is_(self, lemma: str, genus: str) -> bool:
        return genus in self.genus.get(lemma, ())

    def genera(self, lemma: str) -> list[str]:
        """The person genera of a lemma, the one Wiktionary lists first first."""
        first = self.first_genus.get(lemma)
        return sorted(self.genus.get(lemma, ()), key=lambda g: g != first)

    def known_tail(self, word: str) -> tuple[str, str] | None:
        """A compound missing from Wiktionary and its longest last part that is a person noun in it
        ("Kassenprüfer": "Kassen", "Prüfer"): the compound inflects like that part."""
        for i in range(2, len(word) - 3):
            tail = word[i].upper() + word[i + 1 :]
            if word[i - 1] != "-" and word[i].islower() and self.genus.get(tail):
                return (word[:i], tail) if self.person(tail) else None
        return None

    def add_compound(self, word: str) -> bool:
        """Enter a compound missing from Wiktionary with the forms of its longest known last part."""
        if word in self.genus or (split := self.known_tail(word)) is None:
            return False
        prefix, tail = split
        glued = {f: prefix + f[0].lower() + f[1:] for g in self.genus[tail] for f in self.forms(tail, g)}
        for genus in self.genera(tail):
            self.genus[word].add(genus)
            self.first_genus.setdefault(word, genus)
            self.singular[(word, genus)] = {glued[f] for f in self.singular[(tail, genus)]}
            self.plural[(word, genus)] = {glued[f] for f in self.plural[(tail, genus)]}
        return True

    def forms(self, lemma: str, genus: str) -> set[str]:
        return self.singular[(lemma, genus)] | self.plural[(lemma, genus)]

    def feminine(self, masc: str) -> str | None:
        """The feminine -in partner of a masculine person noun ("Arzt" -> "Ärztin")."""
        stems = [masc, umlaut(masc)]
        if masc.endswith("e"):
            stems.append(masc[:-1])  # "Experte" -> "Expertin"
        if masc.endswith("er"):
            stems += [masc[:-2], umlaut(masc[:-2])]  # "Kämmerer" -> "Kämmerin"
        for stem in stems:
            if stem and self.is_(stem + "in", "f"):
                return stem + "in"
        if masc in self.adjectival and masc.endswith("er") and self.is_(masc[:-1], "f"):
            return masc[:-1]  # "Beauftragter" -> "Beauftragte"
        return None

    def masculine(self, fem: str) -> str | None:
        """The masculine partner of a feminine -in person noun ("Ärztin" -> "Arzt")."""
        if not fem.endswith("in"):
            return None
        stem = fem[:-2]
        for masc in (stem, deumlaut(stem), stem + "e", stem + "er", deumlaut(stem) + "er"):
            if self.is_(masc, "m") and self.feminine(masc) == fem:
                return masc
        return None

    def person(self, word: str) -> bool:
        """A person noun by its morphology (see the module docstring)."""
        if word in self.adjectival:
            return True
        if self.is_(word, "m") and (self.feminine(word) or self.is_(word, "f")):
            return True  # a feminine partner, or common gender ("der/die Präses")
        return self.is_(word, "f") and self.masculine(word) is not None


def umlaut(word: str) -> str:
    """Umlaut on the last stem vowel ("Arzt" -> "Ärzt", "Bischof" -> "Bischöf", "Rat" -> "Rät")."""
    marks = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}
    for i in range(len(word) - 1, -1, -1):
        if word[i] in marks:
            if word[i] == "u" and i > 0 and word[i - 1] in "aA":
                return word[: i - 1] + marks[word[i - 1]] + "u" + word[i + 1 :]  # "Baum" -> "Bäum"
            return word[:i] + marks[word[i]] + word[i + 1 :]
    return word


def deumlaut(word: str) -> str:
    plain = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}
    for i in range(len(word) - 1, -1, -1):
        if word[i] in plain:
            return word[:i] + plain[word[i]] + word[i + 1 :]
    return word


def key_of(word: str) -> str:
    low = word.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        low = low.replace(a, b)
    return unicodedata.normalize("NFKD", low).encode("ascii", "ignore").decode()


def derive(nouns: Nouns, clusters: dict[str, str]) -> list[dict[str, object]]:
    """New role entries (roles.yaml schema) from the cluster words, see the module docstring."""
    from nlp.relations.lexicon import role_hit  # the hand-written roles.yaml only

    words = []
    for word, bits in sorted(clusters.items()):
        if not word[:1].isupper() or not word.isalpha() or role_hit(word) is not None:
            continue
        if bits in TITLE_CLUSTERS:
            keep = word not in NOT_ROLES and (nouns.person(word) or AGENT.search(word) is not None)
            keep = keep and (word in nouns.genus or AGENT.search(word) is not None)
        elif bits in NEIGHBOUR_CLUSTERS:
            keep = word in NEIGHBOUR_ROLES
        else:
            keep = False
        if keep:
            words.append(word)
    # group the words under a compounding head ("Thomaskantor" -> "Kantor"), else under their own
    # masculine lemma (feminine and masculine forms together)
    groups: dict[str, set[str]] = defaultdict(set)
    for word in words:
        masc = masculine_lemma(nouns, word, words)
        head = compound_head(masc)
        groups[head or masc].add(word)
    entries: list[dict[str, object]] = []
    for masc in sorted(groups):
        adjectival = (
            masc in nouns.adjectival
            or masc.endswith(("ter", "ger", "der"))
            and (masc[:-1] in groups[masc] or masc[:-1] in nouns.adjectival)
        )
        if adjectival:
            stem = masc[:-2] if masc.endswith("er") else masc[:-1]
            entry: dict[str, object] = {"key": key_of(stem), "forms": [stem], "adjectival": True}
        else:
            fem = nouns.feminine(masc)
            forms = [masc] if not masc.endswith("in") or nouns.is_(masc, "m") else []
            forms += [fem] if fem else sorted(w for w in groups[masc] if w.endswith("in") and w != masc)
            forms = forms or [masc]
            entry = {"key": key_of(masc if forms[0] == masc else masc[:-2]), "forms": forms}
        if masc in COMPOUND_HEADS:
            entry["compound"] = True
        entries.append(entry)
    return entries


def masculine_lemma(nouns: Nouns, word: str, words: list[str]) -> str:
    """The masculine lemma a word groups under: "Oberkirchenrätin" -> "Oberkirchenrat",
    "Delegierte" -> "Delegierter"; the word itself if it is one, or has no masculine partner."""
    if word.endswith("in") and not nouns.is_(word, "m"):
        found = nouns.masculine(word)
        if found:
            return found
        stem = word[:-2]
        for masc in (stem, deumlaut(stem), stem + "er"):
            if masc in words:
                return masc
        return word
    if word.endswith("e") and (word + "r" in words or word + "r" in nouns.adjectival):
        return word + "r"
    return word


def compound_head(word: str) -> str | None:
    """The longest compounding head a word ends in, other than the word itself."""
    best = None
    for head in COMPOUND_HEADS:
        if word != head and word.lower().endswith(head.lower()) and len(word) - len(head) >= 3:
            if best is None or len(head) > len(best):
                best = head
    if best is not None and best.endswith("in") and best[:-2] in COMPOUND_HEADS:
        best = best[:-2]  # group feminine heads under the masculine one
    return best


def write_derived(entries: list[dict[str, object]], path: Path = DERIVED) -> None:
    lines = [
        "# Role titles derived from data by nlp/lexicons/build_roles.py (do not edit by hand; edit the",
        "# judgement lists NOT_ROLES, NEIGHBOUR_ROLES, COMPOUND_HEADS there and rebuild).",
        "# Words: the role-title Brown clusters 10000101 and 1111111101 and the functions of their",
        "# neighbour clusters 111111101 and 11111111101 (word_clusters.tsv.gz, from spacy-lookups-data,",
        "# MIT), kept when German person-noun morphology says so (a feminine -in partner, an adjectival",
        "# noun, an agent suffix); feminine partners from german-nouns (German Wiktionary, CC BY-SA 4.0).",
        "# Same schema as roles.yaml, which wins where both list a form.",
        "roles:",
    ]
    for e in entries:
        parts = [f"key: {e['key']}", f"forms: [{', '.join(e['forms'])}]"]  # type: ignore[arg-type]
        for flag in ("adjectival", "compound"):
            if e.get(flag):
                parts.append(f"{flag}: true")
        lines.append("  - {" + ", ".join(parts) + "}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def role_entries() -> list[dict[str, Any]]:
    """The entries of roles.yaml and roles_derived.yaml."""
    import yaml

    out: list[dict[str, Any]] = []
    for name in ("roles.yaml", "roles_derived.yaml"):
        path = HERE / name
        if path.exists():
            out += yaml.safe_load(path.read_text(encoding="utf-8"))["roles"]
    return out


def head_words() -> list[tuple[str, bool]]:
    """Single-word forms of roles.yaml and roles_derived.yaml (with their adjectival flag)."""
    return [
        (form, bool(item.get("adjectival", False)))
        for item in role_entries()
        for form in item["forms"]
        if " " not in form and not form.isupper() and form[1:] == form[1:].lower()
    ]


def item_partners(nouns: Nouns) -> dict[str, str]:
    """The two forms of a roles.yaml entry of exactly two single words of different genus, each the
    other's gender partner ("Bezirkshauptmann" and "Bezirkshauptfrau"), for words Wiktionary pairs
    with no -in form."""
    out: dict[str, str] = {}
    for item in role_entries():
        forms = [f for f in item["forms"] if " " not in f]
        genera = [nouns.first_genus.get(f) for f in forms]
        if len(forms) == 2 and len(item["forms"]) == 2 and set(genera) == {"m", "f"}:
            out.setdefault(forms[0], forms[1])
            out.setdefault(forms[1], forms[0])
    return out


def write_nouns(nouns: Nouns, path: Path = NOUNS) -> int:
    """role_nouns.tsv: lemma, genus, singular forms, plural forms of every (non-adjectival) role head
    and its gender partner."""
    lemmas: set[str] = set()
    heads = [form for form, adjectival in head_words() if not adjectival]
    for form in heads:
        if not any(form.endswith(h[0].lower() + h[1:]) for h in heads if h != form):
            nouns.add_compound(form)  # "Kassenprüfer": the forms of "Prüfer" (no role head ends it)
    for form in heads:
        lemmas.add(form)
        partner = nouns.feminine(form) if nouns.is_(form, "m") else nouns.masculine(form)
        if partner:
            lemmas.add(partner)
    rows = []
    paired = item_partners(nouns)
    for lemma in sorted(lemmas):
        for genus in nouns.genera(lemma):
            if genus not in ("m", "f"):
                continue
            if lemma.endswith("in") and genus == "m" and nouns.is_(lemma, "f"):
                continue
            sg = sorted(nouns.singular[(lemma, genus)] - {lemma})
            pl = sorted(nouns.plural[(lemma, genus)])
            partner = nouns.feminine(lemma) if genus == "m" else nouns.masculine(lemma)
            partner = partner or paired.get(lemma)
            rows.append(f"{lemma}\t{genus}\t{','.join(sg)}\t{','.join(pl)}\t{partner or ''}")
            break  # one genus per lemma: "Leiter" the person, not "die Leiter" (ladder)
    header = [
        "# Forms of the role head nouns of roles.yaml and roles_derived.yaml, compiled by",
        "# nlp/lexicons/build_roles.py from nouns.csv of the german-nouns package (Gregor Weichbrodt,",
        "# from the German Wiktionary), CC BY-SA 4.0; this table is a derived work under the same licence.",
        "# lemma<TAB>genus<TAB>other singular forms<TAB>plural forms<TAB>gender partner",
    ]
    path.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nouns-only", action="store_true", help="only rebuild role_nouns.tsv")
    args = ap.parse_args()
    nouns = Nouns()
    if not args.nouns_only:
        if DERIVED.exists():
            DERIVED.write_text("roles: []\n", encoding="utf-8")  # derive against roles.yaml alone
        entries = derive(nouns, read_clusters())
        write_derived(entries)
        print(f"{len(entries)} derived roles -> {DERIVED}")
    print(f"{write_nouns(nouns)} role nouns -> {NOUNS}")


if __name__ == "__main__":
    main()
