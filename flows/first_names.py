"""Common first names in France, the UK and the US, folded (lower case, no accents).

A signature line such as "Sophie Durand" and one such as "Entrepôts Vallée" have the same
shape; a known first name tells the recruiter from the company. Two sources:

- a short list of the project's own (the names recruiters sign with most, nicknames included);
- the first names of `gender-guesser`'s dictionary (Jörg Michael's "gender.c" data: about
  48,000 names, each with how common it is in each of 54 countries), kept when common enough
  (3 on its scale of 1 to 13) in the countries whose people write to French and English
  candidates. Words that are first names but mostly something else ("May", "August", "Hope",
  "Major", "France") are left out. It is read once, on first use.

Names outside both still count as a person when the signature's layout says so (a name line
above a title line).
"""

from __future__ import annotations

import functools
import importlib.resources
import unicodedata

_NAMES = """
aaron abdel adam adele adrien agathe agnes ahmed aicha aisha alain alan albert alex alexa
alexandra alexandre alexis alice alicia aline alison amandine amanda amber amel amelia
amelie amina amir amy ana anais andre andrea andrew angela angelique anna anne annie anthony
antoine antonin arnaud arthur ashley astrid audrey aurelie aurelien axel baptiste barbara
bastien beatrice ben benjamin benoit bernard bertrand bill blandine bob brandon brian bruno
camille capucine carine carl carla carlos carole caroline catherine cecile celine chantal
charles charlie charlotte chloe chris christian christine christophe christopher claire
clara claude clement clemence coline colin coralie corinne cyril cyrille damien dan daniel
daniela david delphine denis diane didier dominique dylan eddy edouard elena eliane elisa
elise elizabeth ella elodie eloise emilie emily emma emmanuel emmanuelle eric erica estelle
ethan etienne eva eve fabien fabienne fabrice fanny farah fatima fatou felix fiona florence
florent florian francis franck francois francoise fred frederic frederique gabriel gabrielle gael
gaelle gary gaspard genevieve george georges gerald gerard gilles grace greg gregoire
gregory guillaume gustave hannah hector helene henri herve hugo hugues ian ibrahim ines
irene isabel isabelle jack jacob jacqueline jacques jade james jamie jane jason jean jeanne
jennifer jeremy jerome jessica jim joanna joe joel john jonathan jordan jose joseph
josephine josh joshua judith jules julia julie julien juliette justin justine karen karim
karima kate katie kelly kevin kim laetitia lara laura laure laurence laurent lea lea leila
leo leon leonie liam lily lina linda lisa lise loic lola lou louis louise luc luca lucas
lucie lucy ludovic luke lydia madeleine maeva magali malik manon marc marcel marco margaux
margot maria marianne marie marine mario marion mark martin martine mathieu mathilde matt
matthew matthieu maud maurice max maxime megan melanie melissa mia michael michel michele
michelle mickael mike mohamed morgan muriel myriam nadia nadine naomi natalie nathalie
nathan nicolas nicole nina noah noemie noel nora oceane olivia olivier oscar pascal pascale
patrick patricia paul paula pauline perrine peter philippe pierre priya rachel rafael rachid
ralph raphael rebecca remi remy renaud richard robert robin romain romane rose ruth ryan
sabine sabrina sacha salome sam samantha samia samir samuel sandra sandrine sara sarah
sebastien serge severine simon simone sofia sophie stephane stephanie steve steven susan
sylvain sylvie tanguy tara thibault thibaut thierry thomas tiffany tim tom tony valentin
valentine valerie vanessa victor victoria vincent virginie william xavier yann yannick
yasmine yves yvonne zoe aude solene amaury quentin corentin gaetan killian enzo mehdi yanis
sami nabil sofiane walid youssef omar ali hassan jean-marc jean-pierre jean-luc marie-claire
anne-sophie pierre-yves jean-francois marie-laure priscilla neil helen gemma lauren ashley
olu daniel rahul amit neha wei li chen yuki hiroshi
aarav abby abigail adeline aditya adriana adrienne aglae ahmad aidan aiden ailsa aimee alba
alban albane alberto aldo alec aleksandra alessandro alessia alfie alfred alistair alix allan
allison alma alois anaelle ananya anastasia andreas andrei angelina angelo angus anissa anjali
annabelle annick annika anouk antonio aoife apolline archie ariane arielle arjun armand arnold
arsene arun audric augustin aurore ava axelle aymeric aziz barnabe beatrix becky benedicte
benoite berenice bernadette bethany blaise boris brad brendan brigitte brittany bruce bryan
caitlin caleb callum calvin camila candice carmen cassandra cedric celestine celia chad chelsea
chiara christel christelle ciara ciaran clarisse claudia claudine clotilde colette connor
courtney cynthia cyprien daisy dana danielle daphne darius dave deborah declan deepak delia
denise derek desiree diana diego dimitri dina divya dolores dorian dorothee dounia driss duncan
edgar edith edmond eduardo edwin eileen eilidh elaine eleanor eleonore eli elias elie eliott
eliza ellen elliot elsa elvire emeline emile emilia enora eoin erwan esther euan eugenie evan
evelyne fabio farid felicie ferdinand fergus fernand fernando finn flavie flora francesca frank
fraser freddie ganesh garance gauthier geoffrey geraldine germain gianni gilbert gina giovanni
gisele giulia gladys gordon graham gwen gwenaelle gwendoline habib hadrien hakim halima hamid
hamish harriet harry harvey hayley heather heidi helena heloise henry hermine hollie honore
hortense iain iman imane imogen ingrid irina isaac isabella isaiah isaline isidore isla ismael
ivan jacky jake jamal jasmine jayden jean-baptiste jean-claude jean-louis jean-michel jean-paul
jean-yves jeff jenny jeremie jessie joan joanne jocelyne jodie joelle johan johanna jonas jordi
josiane josselin juan julian juliana julianne karine karl katherine kathleen katia kavya kayla
kayleigh keith kenza kenzo kerry khadija kieran kirsty klaus krishna kyle kylian lachlan
lakshmi lamia lana lars laurene laurine leandre leane leanne leonard leonore levi lila lilian
liliane lionel loane lorenzo loris lorraine lou-anne louane louisa lubin lucien lucile lucille
ludivine luis lydie lyna madison mael maelle maelys magalie maia malika mallory malo manish
manu manuel manuela marc-antoine marcelle margaret marguerite mariam marie-anne marie-christine
marie-france marie-helene marie-pierre marina marius marjorie marlene marta marthe martial
mateo mathias mathis matteo mattia maureen maurine maxence maya meera melina melodie melvin
meryl micheline miguel mila milo mireille mohammed monique morag moussa mustapha nadege naima
nassim natacha nathanael nelly niamh nicholas nick nikhil nils ninon noa noam noelie noelle
norbert odette odile olga oliver ophelie oriane orlane ornella owen padraig paloma pamela
patrice paulette pedro penelope philip phoebe pierre-antoine pierre-louis pooja pradeep
priyanka quitterie rachida rajesh rania raoul raphaelle ravi raymond regine regis rene riley
roberto rodolphe rodrigue roger rohan roland romeo ronan rory rosalie roxane rudy ryad salim
salma samira sanjay seamus sean sebastian selim serena shane shirley shreya siham silvia sinead
siobhan soizic solange sonia sophia soraya stacey stacy stephan sunil suzanne sven sylvia
tatiana teddy terry tess theo theodore theophile therese timothee tobias tristan tyler ulysse
ursula valentina valery vera veronica veronique vianney victorine vikram vinciane violaine
violette viviane wendy whitney wilfried willy wyatt yacine yael yasmina yassine yoann yohan
youcef yousra zach zacharie zachary zineb
aaliyah adrian alana alexia ambre aminata amine andy anis anne-claire anne-laure anne-marie awa
basile becca benny beth bilal billy blake blanche bobby brice brooke cass cathy charlene
charly cody constance craig danny davy djamel dominic dougie eddie ellie evie flo frankie
freddy freya gabi gaby gareth gavin georgia gus hamza hank idriss ilyes jackie jay jean-charles
jean-christophe jean-philippe jen jenna jerry jess jimmy joey jon jonny kai kat kathy keira ken
kenny khaled kilian larry leah lena lenny lewis liz lizzie luna marceau matty mick molly
morgane mourad nate nicky nico nolan nour ollie paige pam paola patty paul-henri pete phil
pippa poppy reece rhys rick ricky rob rosie sammy sana sandy scarlett seb selena servane sienna
sixtine stella steph stevie stuart tash tessa timothe tiphaine toby tommy toni trish vicky
victoire vince willie ylan younes zack zara zelie
amira benji caro clem ludo mel yasmina soraya
"""
FIRST_NAMES = frozenset(_NAMES.split())

# gender-guesser's columns: one a country, in this order, from the 31st character of a line.
_COUNTRIES = """
    great_britain ireland usa italy malta portugal spain france belgium luxembourg
    the_netherlands east_frisia germany austria swiss iceland denmark norway sweden finland
    estonia latvia lithuania poland czech_republic slovakia hungary romania bulgaria bosniaand
    croatia kosovo macedonia montenegro serbia slovenia albania greece russia belarus moldova
    ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan korea
    vietnam other_countries
""".split()  # noqa: SIM905
# Where the people who write to a French or English-speaking candidate mostly come from.
_WRITERS = (
    "great_britain", "ireland", "usa", "france", "belgium", "swiss", "luxembourg",
    "the_netherlands", "germany", "italy", "spain", "portugal", "poland", "russia", "arabia",
    "turkey", "india", "other_countries",
)  # fmt: skip
_COMMON_ENOUGH = 3
# First names in the dictionary that a signature's line more often means otherwise.
_MOSTLY_WORDS = frozenset(
    """
    april may june july august september october november december january february march
    summer autumn winter spring dawn hope faith joy will major france paris china india sol vita
    crystal chase hunter mason taylor ward cole dale glen earl wolf dean ray guy grant sunny
    star sky river stone bay park hall king prince duke baker carter cooper fisher porter turner
    walker nova luna terra delta alpha orion atlas apollo titan europa
    """.split()  # noqa: SIM905
)


@functools.cache
def _census() -> frozenset[str]:
    """The dictionary's names common enough where the writers come from, folded."""
    try:
        data = importlib.resources.files("gender_guesser").joinpath("data/nam_dict.txt")
        text = data.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):  # pragma: no cover - a broken install
        return frozenset()
    columns = [30 + _COUNTRIES.index(country) for country in _WRITERS]
    names: set[str] = set()
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        best = max(
            (int(line[c], 16) for c in columns if c < len(line) and line[c].strip()), default=0
        )
        if best >= _COMMON_ENOUGH:
            name = _folded(line.split()[1].replace("+", "-"))
            if name not in _MOSTLY_WORDS:
                names.add(name)
    return frozenset(names)


def _folded(word: str) -> str:
    # flows.message_text's fold, for one name: that module reads first names, so this one does
    # not import it (the modules of flows/ import without a cycle).
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _known(word: str) -> bool:
    return word in FIRST_NAMES or word in _census()


def is_first_name(word: str) -> bool:
    """Whether a folded word is a common first name; a compound one ("pierre-alain") when each
    of its parts is."""
    word = word.lower()
    if _known(word):
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(_known(part) for part in parts)
