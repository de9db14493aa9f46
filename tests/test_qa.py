"""The question layer on the article graph: question forms, typos, uncertainty, honest
non-answers, bad input, and SPARQL that never carries the question's own text."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest

from helpers import ARTICLE, run_kgqa
from kg.qa.engine import MAX_QUESTION_CHARS, Answer, QuestionAnswerer
from kg.qa.evaluate import normalise, score_one
from kg.qa.sparql import literal, says_word
from kg.stores import Store


@pytest.fixture(scope="module")
def qa(store: Store) -> QuestionAnswerer:
    return QuestionAnswerer(store)


def labels(answer: Answer) -> set[str]:
    return {a["label"] for a in answer.answers}


PRIORITIES = {"sovereignty", "independence", "prosperity"}
PRESENT = {"Marco Rubio", "Steve Witkoff", "Jared Kushner", "Rustem Umerov", "Ukrainian delegation"}
PEOPLE_AT_THE_TALKS = PRESENT - {"Ukrainian delegation"}

ANSWERED = [
    # who
    ("who leads Ukraine's delegation?", {"Rustem Umerov"}),
    ("Who heads the Ukrainian negotiating team?", {"Rustem Umerov"}),
    ("who replaced yermak", {"Rustem Umerov"}),
    ("who did umerov take over from", {"Andriy Yermak"}),
    ("Who is Ukraine's chief negotiator?", {"Rustem Umerov"}),
    # which / what
    ("Marco Rubio works for which nation's government?", {"United States"}),
    ("umerov thanked which country", {"United States"}),
    ("Which country controls or claims Ukrainian territories?", {"Russia"}),
    ("What was the worry about the 28-point plan?", {"favoring Russian interests"}),
    (
        "what were rubio's exact words?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("who is the man behind ukraine's delegation?", {"Rustem Umerov"}),
    ("who is behind the leaked plan?", {"United States"}),
    ("who did umerov thank?", {"United States"}),  # 'thank' names a feeling and a relation
    # keywords alone, the last naming a relation, with a typo
    ("umerov's predecesor", {"Andriy Yermak"}),
    ("yermak successor", {"Rustem Umerov"}),
    # where
    ("where were the talks held", {"Florida"}),
    ("Where are US envoys headed?", {"Moscow"}),
    # list
    (
        "List the people present at the Florida negotiations.",
        {"Marco Rubio", "Steve Witkoff", "Jared Kushner", "Rustem Umerov"},
    ),
    (
        "Name the forms of assistance Europe gives Ukraine beyond diplomacy.",
        {"humanitarian aid", "military aid"},
    ),
    # keywords only
    ("Russia-Ukraine war belligerents", {"Russia", "Ukraine"}),
    ("Umerov role", {"chief negotiator of Ukraine", "national security council secretary"}),
    # typos
    ("Who leads Ukrane's delegation?", {"Rustem Umerov"}),
    ("ukraines chief negotiator", {"Rustem Umerov"}),
    ("who replaced yermack", {"Rustem Umerov"}),
    ("what was umerov's reponse to us suport", {"gratitude"}),  # typos in words, not names
    # the kind asked for, past its adjectives and adverbs
    ("which ukrainian official recently stepped in as the new chief negotiator", {"Rustem Umerov"}),
    ("who could end up meeting putin", {"Steve Witkoff", "Jared Kushner"}),
    # a choice, asked as yes or no
    ("were the talks with umerov's team held in moscow or in florida", {"Florida"}),
    ("venue of the negotiations: kyiv or florida?", {"Florida"}),  # the thing asked of is no option
    ("us-ukraine talks location: kyiv or florida?", {"Florida"}),  # the talks, after a compound
    # a speaker's response names the feeling he expressed
    ("what was umerov's response to american backing", {"gratitude"}),
    ("umerov reaction to the us support", {"gratitude"}),
    ("which western allies have made commitments to ukraine", {"United States", "European Union"}),
    # keywords naming the kind asked for by a relationship's name
    (
        "florida negotiations participants",
        {"Marco Rubio", "Steve Witkoff", "Jared Kushner", "Rustem Umerov", "Ukrainian delegation"},
    ),
    ("secretary of the national security council", {"Rustem Umerov"}),  # its name, said with 'of'
    ("secretary of ukraine's national security council", {"Rustem Umerov"}),  # an owner inside it
    ("who's secretary of ukraine's national secrity council", {"Rustem Umerov"}),  # and a typo
    # a name pinning the answers by the question's verb; a name saying what kind of official
    ("what post does umerov hold on the national security council", {"national security council secretary"}),
    ("which US official said the talks were productive", {"Marco Rubio"}),
    ("which official from the US said the talks were productive", {"Marco Rubio"}),
    # 'talks as productive' ends a statement's description, and is no name of it
    ("which official described the florida talks as productive?", {"Marco Rubio"}),
    # the article's parts named as the source say nothing of what is asked
    ("according to the key points table, what are the goals of the negotiations", {"prosperity", "security"}),
    # 'of talks' after a name of talks is part of that name; 'latest' in a name asks for no time
    ("what does the latest round of talks prioritize", {"sovereignty", "independence", "prosperity"}),
    ("main aims of the negotiations", {"prosperity", "security"}),  # keywords: the head before 'of'
    ("why were ukrainian officials uneasy about the leaked plan", {"favoring Russian interests"}),
    ("why did the leaked plan alarm ukraine", {"favoring Russian interests"}),  # 'why' is the path's
    (
        "who was at the florida meeting",
        {"Marco Rubio", "Steve Witkoff", "Jared Kushner", "Rustem Umerov", "Ukrainian delegation"},
    ),
    ("what aid does europe send to ukraine", {"humanitarian aid", "military aid"}),  # 'send' aid: give it
    ("what in eastern europe could the talks change", {"the balance of power in Eastern Europe"}),
    ("what was the location of the talks", {"Florida"}),  # 'of the talks' names no group asked for
    # 'after' with no name after it places the question in time; it names no successor
    ("who became the new chief negotiator after the political changes", {"Rustem Umerov"}),
    ("what did the florida talks come after", {"leak of the US peace plan"}),
    ("who will attend the meeting with putin", {"Steve Witkoff", "Jared Kushner"}),  # Putin is named
    ("who will zelensky meet w/ next", {"Emmanuel Macron"}),  # into a meeting and out to the other
    ("who is meeting putin, certain or possible", {"Steve Witkoff", "Jared Kushner"}),  # either status
    # 'whose X ...': one step from X to its owner; what follows is said of X
    ("whose peace plan leaked before the talks", {"United States"}),
    ("whose resignation preceded umerov's appointment", {"Andriy Yermak"}),
    # a leading condition is no yes/no question; a bare 'what' asks for no one
    (
        "should the talks succeed, what might they set for future conflicts",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    ("list all who could meet with putin", {"Steve Witkoff", "Jared Kushner"}),
    # a status denied, or set against another
    ("Which American might, but is not certain to, meet Putin?", {"Jared Kushner"}),
    ("who said the talks were productive", {"Marco Rubio"}),  # the value pins the statement
    # a question naming nothing but a relation or a status
    ("where will the envoys travel", {"Moscow"}),
    ("whose plan was leaked", {"United States"}),  # 'whose plan', a phrase of proposedBy
    ("what remains unresolved", {"status of annexed territories"}),
    ("who might also meet putin but isnt confirmed", {"Jared Kushner"}),
    ("who might also meet putin but isn't confirmed", {"Jared Kushner"}),
    # what Rubio said, not what the other side of his talks said
    ("how did rubio describe the talks with the ukrainian side", {"productive"}),
    # 'those negotiations' are the negotiations; their part (the Florida talks) is not asked
    ("what might those negotiations alter in eastern europe", {"the balance of power in Eastern Europe"}),
    # as many answers as the question asks for
    ("which two aims are the talks pursuing for ukraine", {"prosperity", "security"}),
    ("aims of negotiations", {"prosperity", "security"}),  # a bare noun after 'of': the ones named
    ("long term aims of negotiations for ukraine (2)", {"prosperity", "security"}),  # '(2)': two
    # 'its backing': the answer is the one backing, not the one backed
    ("which country did umerov thank for all its backing", {"United States"}),
    # statuses joined by 'or' ask for a range: from possible up, the certain included
    ("who is expected or possibly set to meet putin", {"Steve Witkoff", "Jared Kushner"}),
    # a status word in an answer's own description ('how similar conflicts are resolved')
    (
        "if the talks go well, what might they set for how similar conflicts are resolved later",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    ("who is the new chief negotiator", {"Rustem Umerov"}),  # a flag of his tenure: new
    ("newest round talks priorities", {"sovereignty", "independence", "prosperity"}),  # 'talks': its kind
    (  # 'to show that ...': what the words were for, no relation
        "which phrase did rubio use to show that the job was not finished",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("under the shadow of what did the former chief negotiator step down", {"corruption concerns"}),
    ("in what manner did yermak resign", {"abrupt"}),
    # 'most recent' is 'latest', and the talks are named past two modifiers
    ("what do the most recent talks put first for ukraine", {"sovereignty", "independence", "prosperity"}),
    # a relative 'whose' after a noun; the question word comes later
    ("the plan whose leak came before the talks originated from which country?", {"United States"}),
    # a chat's openers; a name typed without its hyphen, whose parties are asked for
    ("ok so who leads ukraine's delegation", {"Rustem Umerov"}),
    ("btw russia ukraine war belligerents", {"Russia", "Ukraine"}),
    ("so which envoy is 100% going to see putin?", {"Steve Witkoff"}),  # '100%': definitely; 'see': meet
    # 'negotiations' heads the negotiations' class name, not the negotiating team's
    ("negotiations aims for ukraine, what are the two?", {"prosperity", "security"}),
    ("identify the country that controls ukrainian territories", {"Russia"}),
    ("one word, how'd the secretary of state sum up the talks?", {"productive"}),  # how'd: how did
    ("who took yermak's place", {"Rustem Umerov"}),  # took his place: replaced him
    # the verb names the link that pins the delegation he leads
    ("who represented ukraine at the florida meeting as lead negotiator?", {"Rustem Umerov"}),
    ("what issue was hanging over the resignation of umerov's predecessor", {"corruption concerns"}),
    # the question word after the verb asks for its object
    ("the negotiations could alter what thing in eastern europe", {"the balance of power in Eastern Europe"}),
    # a status set against another ('as opposed to only possibly') is no constraint
    ("which envoy will definitely meet putin, as opposed to only possibly?", {"Steve Witkoff"}),
    ("who's zelensky supposed to be sitting down with next?", {"Emmanuel Macron"}),  # sit down: meet
    # a description set beside a name asks nothing
    ("which country's government employs rubio, the official who praised the talks?", {"United States"}),
    # the question word typed last
    ("countries at war - which", {"Russia", "Ukraine"}),
    ("envoy meeting putin for certain - who", {"Steve Witkoff"}),
    ("leaked plan - whose", {"United States"}),
    # a topic typed first, then a question pointing back to it
    ("yermak - why did he step down", {"corruption concerns"}),
    ("umerov, what feeling did he show about us support", {"gratitude"}),
    ("witkoff: who does he represent", {"Donald Trump"}),
    ("latest round of talks - what are they prioritizing", {"sovereignty", "independence", "prosperity"}),
    ("what was umerov's predecessor's name", {"Andriy Yermak"}),  # his name: who he is
    ("which government does rubio work for", {"United States"}),  # 'work for': no purpose asked
    ("who does witkoff work for", {"Donald Trump"}),
    # shorthand written out; 'Ukr' and 'FL' are hidden labels of their places
    ("rubio works for which countrys govt", {"United States"}),
    ("ukr natl security council secretary?", {"Rustem Umerov"}),
    ("leaked plan: main concern", {"favoring Russian interests"}),  # 'main' names no relation
    ("status of the territorial question per key points", {"a significant unresolved issue"}),
    # a request wrapped around the question
    ("could you tell me who heads the ukrainian team", {"Rustem Umerov"}),
    ("would you list the aims of the negotiations", {"prosperity", "security"}),
    ("i'd like to know where the talks were held", {"Florida"}),
    # a value the question repeats keeps the values that say it
    ("Despite the progress, what did Rubio say about the work remaining?", {"more work remains"}),
    # a typo mended by its first letters ('leakd': leaked, not lead)
    ("the leakd plan came from which country", {"United States"}),
    # 'all', 'else' after the question word; 'took part' names participation, not 'part of' a government
    ("who all attended the talks in florida", PRESENT),
    ("who else took part besides rubio", PRESENT - {"Marco Rubio"}),
    ("rubio is part of which government", {"United States"}),  # the step that says the kind
    # a 'when' clause that carries the question's relation; a literal that names its kind
    ("what concerns surrounded it when yermak quit", {"corruption concerns"}),
    ("what led to the resignation of yermak", {"corruption concerns"}),
    ("in one word, what did the secretary of state call the talks", {"productive"}),  # the post's holder
    ("what are the 2 long-term aims of the negotiations", {"prosperity", "security"}),
    ("whos the lead negotiator for ukraine", {"Rustem Umerov"}),
    ("after the upheaval back home, who became ukraine's negotiator", {"Rustem Umerov"}),  # not 'backing'
    ("which us state hosted the negotiations", {"Florida"}),  # 'which US state': US modifies the kind
    ("sides fighting the russia-ukraine conflict", {"Russia", "Ukraine"}),  # an alias of the war
    ("envoy certainly seeing putin", {"Steve Witkoff"}),  # the noun before '-ing' is the kind asked
    ("national security council secretery who", {"Rustem Umerov"}),  # a typo inside a post's name
    ("The envoy whose meeting with Putin is certain is who?", {"Steve Witkoff"}),  # copula, then who
    ("# of envoys who could meet putin", {"2"}),
    ("the sit-down in florida was led by whom on ukraine's side", {"Rustem Umerov"}),
    ("what did america's top diplomat call the talks", {"productive"}),
    ("What feeling was expressed by Umerov regarding US support?", {"gratitude"}),  # 'regarding': about
    ("umerov's attitude toward american support", {"gratitude"}),  # the sentiment, not the statement
    # what the key points table says of something: how it describes it
    (
        "what does the key points table say about the status of the territories",
        {"a significant unresolved issue"},
    ),
    (
        "in the table of key points, what description is given of the territory question",
        {"a significant unresolved issue"},
    ),
    ("what are the two long-run aims for ukraine that the negotiations have", {"prosperity", "security"}),
    ("who employs witkoff", {"Donald Trump"}),
    # common misspellings of question words and of 'grateful'; 'whose' typed last with no dash
    ("wich country does rubio work for", {"United States"}),
    ("which country is umerov greatful to", {"United States"}),
    ("the leaked peace plan whose", {"United States"}),
    (
        "in what words did rubio say the work was unfinished",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("newest round of talks: what things did it put first for ukraine?", PRIORITIES),  # "things": no kind
    ("the government employing rubio belongs to which country", {"United States"}),
    ("what in eastern europe might these parleys alter", {"the balance of power in Eastern Europe"}),
    ("which post is held by umerov on the security council", {"national security council secretary"}),
    ("what were officials worried about with the leaked plan", {"favoring Russian interests"}),
    ("did the talks take place in moscow or florida", {"Florida"}),  # both options set the scene
    ("what is the number of envoys who may meet putin", {"2"}),  # 'the number of': how many
    ("what problem did ppl have with the 28 pt plan", {"favoring Russian interests"}),
    # 'the article suggests that ...' frames the question; 'the resolution of' a thing is no status;
    # the one answer whose words ('conflicts', 'later': future) the question repeats
    (
        "the article suggests that fruitful negotiations might set what for the resolution of wars later?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # what stands for a place ('Kyiv', 'Washington', 'the Sunshine State') and the heads of state
    # by their office, also inside longer names ('Kyiv's negotiators')
    ("who led kyiv's negotiating team in the sunshine state", {"Rustem Umerov"}),
    ("which envoy will certainly see the kremlin leader", {"Steve Witkoff"}),
    ("how did washington's top diplomat describe the talks", {"productive"}),
    # keywords, then the question word; a bare noun after where/when is the thing named
    ("yermak step down why", {"corruption concerns"}),
    ("where talks took place", {"Florida"}),
    ("florida talks impact on eastern europe", {"the balance of power in Eastern Europe"}),
    # a sentence that sets the scene, then the question; requests around it
    (
        "Two Americans may meet Putin. Which of them is only a possibility?",
        {"Jared Kushner"},
    ),
    ("i'm trying to figure out who umerov succeeded", {"Andriy Yermak"}),
    ("remind me how many points that leaked plan had", {"28"}),
    ("who led the ukraine side in florida", {"Rustem Umerov"}),  # a demonym's name by its country's
    ("what kind of concerns made yermak resign", {"corruption concerns"}),  # 'kind of': the noun after
    ("yermak resigned amid what allegations", {"corruption concerns"}),
    ("to which city does washington intend to send its envoys", {"Moscow"}),  # 'intend to': the sending
    ("what concern was raised about the leaked plan", {"favoring Russian interests"}),  # concerns are raised
    ("who raised concerns about the leaked plan", {"Ukrainian officials"}),
    ("how is the question of annexed land described", {"a significant unresolved issue"}),
    ("where does the territorial issue stand now", {"a significant unresolved issue"}),  # its status
    ("which country did the leaked plan favour", {"Russia"}),  # British spelling: 'favour' is 'favor'
    ("which american is reported to be only possibly meeting putin", {"Jared Kushner"}),  # hearsay set aside
    # the kind asked for after 'who is the', or fronted: the envoy, not whose envoy he is
    ("who is the envoy sure to be meeting putin", {"Steve Witkoff"}),
    ("of the two envoys, which one will definitely see putin", {"Steve Witkoff"}),
    # a passive ending in its question word, with a phrase of context before it
    ("In Florida, the Ukrainian team was headed by whom?", {"Rustem Umerov"}),
    ("who will the ukrainian president be getting together with", {"Emmanuel Macron"}),  # a set phrase
    # a statement ending in its question word asks for the verb's object
    ("the US secretary of state called the discussions what", {"productive"}),
    ("in a single word, what did the secretary of state say the talks were like", {"productive"}),
    ("who is the secretary of kyiv's security council", {"Rustem Umerov"}),  # the post named on the way
    ("which envoy may or may not see putin", {"Jared Kushner"}),  # a set phrase for 'possibly'
    # other words for a name's parts: a fight over land is the dispute over territory
    ("according to the chart, where does the row over land stand", {"a significant unresolved issue"}),
    ("which intermediary is definitely going to see putin", {"Steve Witkoff"}),
    (
        "who all was there for the florida negotiations",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    (
        "the latest session of negotiations puts which aims for ukraine first",
        {"independence", "prosperity", "sovereignty"},
    ),
    (
        "what comes first for ukraine in this latest set of discussions",
        {"independence", "prosperity", "sovereignty"},
    ),
    (
        "what are the negotiations aiming at for ukraine down the line",
        {"prosperity", "security"},
    ),  # the talks do it
    ("which country's peace deal leaked out before the florida talks", {"United States"}),
    ("how many clauses did the plan that got out have", {"28"}),
    ("what seat does umerov hold on kyiv's security council", {"national security council secretary"}),
    (  # a leading 'when' clause with a question after its comma sets the scene; it asks no time
        "When it came to whether the deal was finished, how did Rubio put it?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("what's the identity of the man who is secretary of the security council", {"Rustem Umerov"}),
    ("who will definitely be seeing putin among the emissaries", {"Steve Witkoff"}),  # the group picked from
    ("the ukrainian team was headed by which chief negotiator", {"Rustem Umerov"}),  # a post as the kind
    ("the secretary of state serves the government of what country", {"United States"}),
    ("yermak's sudden exit was marred by what", {"corruption concerns"}),
    (  # a tie between his one-word verdict and his quoted words: the answer that echoes the question
        "as to whether the work was finished, what were the secretary of state's words",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("who was the man before umerov in the chief negotiator job", {"Andriy Yermak"}),  # his predecessor
    ("which warring parties does the article name", {"Russia", "Ukraine"}),  # the noun after an '-ing' word
    # options joined by 'vs', by 'between ... and', or named before 'which one'; a place past 'over in'
    ("venue of the ukrainian team's talks: moscow versus florida?", {"Florida"}),
    ("choosing between moscow and florida, where was the ukrainian delegation's meeting held?", {"Florida"}),
    ("florida and moscow, which one hosted the delegation from ukraine?", {"Florida"}),
    ("were the talks with kyiv's delegation held over in moscow or down in florida?", {"Florida"}),
    ("where did the meetings between american officials and kyiv's team happen", {"Florida"}),  # no choice
    # a phrase of the lexicon is one word of its group: 'summed up' is how something is said
    ("how does the faq sum up the status of the territorial issue", {"a significant unresolved issue"}),
    ("what was hanging over yermak when he bowed out", {"corruption concerns"}),
    (
        "who turned up at the florida talks",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    ("who is kyiv's principal negotiator", {"Rustem Umerov"}),  # another word inside a post's name
    ("which person is the incumbent chief negotiator of ukraine", {"Rustem Umerov"}),
    ("which countries are duking it out in the war", {"Russia", "Ukraine"}),
    ("which nation is hanging on to ukrainian land", {"Russia"}),
    ("who came out and called the talks productive", {"Marco Rubio"}),
    # the particle of a phrasal verb names no relation: 'heading up'
    ("who was heading up the ukrainian side", {"Rustem Umerov"}),
    ("which individual preceded umerov as chief negotiator", {"Andriy Yermak"}),  # a person
    (
        "what might the negotiations upend in the eastern european context",
        {"the balance of power in Eastern Europe"},
    ),
    ("what were folks anxious about regarding the 28-point plan", {"favoring Russian interests"}),
    # 'things' names no kind; the talks after it are what does the securing
    ("what are the two things the talks are meant to lock in for ukraine", {"prosperity", "security"}),
    ("envoy sure to meet putin", {"Steve Witkoff"}),  # the one bound to do it is the kind asked for
    ("28-point plan whose nation", {"United States"}),  # 'whose' and its kind typed last
    ("give me the names of the people who could wind up seeing putin", {"Jared Kushner", "Steve Witkoff"}),
    ("name the emotion umerov showed toward american support", {"gratitude"}),  # the kind after 'the'
    ("name both warring sides in the russia-ukraine war", {"Russia", "Ukraine"}),  # 'warring' is no kind
    ("i need the nation whose plan leaked before the talks", {"United States"}),  # a request for a thing
    ("i need the emotion umerov expressed about american backing. what was it?", {"gratitude"}),
    ("in one word how did the sec of state describe the talks", {"productive"}),
    # a typo nearer a word of the lexicon than a name is that word: 'negotiatons' is no 'negotiator'
    ("what could the negotiatons change in eastern europe", {"the balance of power in Eastern Europe"}),
    (  # someone's 'words' are what he is quoted as saying
        "give rubio's words on whether the job was done",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    # the topic set first takes the place of the pronoun that points back to it
    (
        "on the subject of kyiv's national security council, what is the name of its secretary",
        {"Rustem Umerov"},
    ),
    # that it happened is no condition on a resignation
    ("the resignation of umerov's predecessor happened amid which concerns", {"corruption concerns"}),
    # 'for (its) support' and 'the support from what country': the answer is the supporter
    ("which country did umerov thank for support", {"United States"}),
    ("um umerov said thanks for the support from what country", {"United States"}),  # a hesitation
    ("toward which partner state did umerov express gratitude", {"United States"}),  # a state is a partner
    ("which country's plan leaked before the talks?", {"United States"}),  # the owner, not the plan
    ("which principal headed kyiv's negotiating team in the florida round?", {"Rustem Umerov"}),
    ("which official assumed the role of ukraine's chief interlocutor?", {"Rustem Umerov"}),
    ("the peace framework that leaked originated with which government?", {"United States"}),
    ("which parties are the belligerents in the conflict under negotiation?", {"Russia", "Ukraine"}),
    (
        "identify every envoy who could meet putin, whether confirmed or tentative",
        {"Jared Kushner", "Steve Witkoff"},
    ),
    ("which us officials took part in the talks?", {"Marco Rubio"}),  # a group's name as a kind
    # but 'what' before a group's name asks for what they did
    (
        "remind me what ukrainian officials were worried about with the 28-point plan?",
        {"favoring Russian interests"},
    ),
    (  # what the asker read, before a dash, and the question after it
        'the draft lists "Jared Kushner" among the figures (para 5) — who did he meet in florida?',
        {"Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    (
        "I read about talks in Florida — who all attended them?",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    (
        "what did rubio say about whether the job was done or not",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    (  # 'the terms being worked out': no settled issue
        "which objectives for ukraine are prioritised in the terms being worked out during the latest round?",
        {"independence", "prosperity", "sovereignty"},
    ),
    ("who fronted the ukrainian team in florida", {"Rustem Umerov"}),
    (  # the job being done is the work, not a post
        "what did rubio say about the job being done?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("by whom was the plan proposed?", {"United States"}),  # 'by whom' asks the doer
    ("by whom were the talks described as productive?", {"Marco Rubio"}),
    ("what preceded the florida talks?", {"leak of the US peace plan"}),  # 'after', read backwards
    ("what followed the leak of the plan?", {"Florida talks"}),
    ("which allies made commitments?", {"European allies", "Western allies"}),  # the doers, read back
    ("which of yermak and umerov is the current chief negotiator?", {"Rustem Umerov"}),  # options
    (  # 'Ukraine's future' is for Ukraine, not a thing Ukraine owns
        "for ukraine's long-term future, which two things do the negotiations aim to establish?",
        {"prosperity", "security"},
    ),
    ("what two things are the talks trying to get for ukraine down the road?", {"prosperity", "security"}),
    (  # someone's 'line' or 'response' is the words he is quoted as saying
        "asked if the job was done, the us secretary of state responded how?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("which of witkoff and kushner will definitely meet putin?", {"Steve Witkoff"}),
    # a verb naming a kind of event, and nothing else named: read from the events
    ("who resigned?", {"Andriy Yermak"}),
    ("who was appointed?", {"Rustem Umerov"}),
    # polite wrappers, other words for 'list', and the kind joined by 'and'
    ("I was wondering if you could list everyone who was present at the talks in Florida.", PRESENT),
    ("Enumerate the principals who took part in the Florida round.", PEOPLE_AT_THE_TALKS),
    ("Which principals and interlocutors took part in the Florida format?", PEOPLE_AT_THE_TALKS),
    ("which officials and envoys took part in the florida talks?", PEOPLE_AT_THE_TALKS),
    # a diplomat's words: a round, a format, a track, a readout, a caveat
    (
        "what in eastern europe might this diplomatic track reshape?",
        {"the balance of power in Eastern Europe"},
    ),
    ("Which principal offered a readout characterizing the Florida round as productive?", {"Marco Rubio"}),
    ("Rubio's caveat?", {"more work is needed", "more work needs to be done", "more work remains"}),
    ("Envoy definitely meeting Putin?", {"Steve Witkoff"}),  # keywords opening with the kind asked
    ("which of the envoys is definitely going to meet putin?", {"Steve Witkoff"}),  # 'going to': will
    ("Could you remind me which nation's plan got leaked ahead of the negotiations?", {"United States"}),
    (
        "what cloud hung over the exit of the man who held the negotiating post before umerov?",
        {"corruption concerns"},
    ),
    ("Where were the talks held: Florida or Moscow?", {"Florida"}),  # where the talks are, not them
    # a question in a statement's order, a noun phrase asked for, a passive with its doer last
    (
        "I was wondering what the talks might establish for future conflicts if they turn out fruitful.",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    (
        "Do you happen to know the words Rubio used when it came to whether the job was done yet?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("What in Eastern Europe may be altered by the talks?", {"the balance of power in Eastern Europe"}),
    ("What in Eastern Europe might shift?", {"the balance of power in Eastern Europe"}),  # no doer named
    ("what could change in eastern europe", {"the balance of power in Eastern Europe"}),
    # the verb after the modal picks among the outcomes, not the adjective
    (
        "Successful talks could set what?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    ("how does the table of key points sum up the territorial question?", {"a significant unresolved issue"}),
    (
        "According to the table of key points, where does the file on annexed territories stand?",
        {"a significant unresolved issue"},
    ),
    ("Two long-term goals for Ukraine?", {"prosperity", "security"}),  # keywords opening with how many
    ("Per the FAQ, what does the newest negotiating round place front and center for Kyiv?", PRIORITIES),
    (
        "With which European head of state is Zelensky expected to hold his next bilateral?",
        {"Emmanuel Macron"},
    ),
    (
        "What in Eastern Europe could the approach taken in these discussions change?",
        {"the balance of power in Eastern Europe"},
    ),
    (
        "Summed up in a single word, what was the verdict of Washington's top diplomat on the sessions?",
        {"productive"},
    ),
    ("whos the secretary of ukraines national security council rn", {"Rustem Umerov"}),  # 'rn': right now
    ("who all was at the florida talks? list pls", PRESENT),  # a request after the question
    ("key points table says what abt the territory issue?", {"a significant unresolved issue"}),
    (  # a question about 'it', then the one asked, pointing back to it
        "so is it done or not? what did rubio actually say abt that",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("what problem did people have with the plan", {"favoring Russian interests"}),  # a problem: a concern
    # 'who was the American official that ...': the official is the kind, America its modifier
    ("Who was the American official that said the meeting in the US was productive?", {"Marco Rubio"}),
    ("who is the US official who called the talks productive", {"Marco Rubio"}),
    # a worksheet's prompt before a question in a statement's order
    ("Identify what the talks may alter in Eastern Europe.", {"the balance of power in Eastern Europe"}),
    (
        "Quote what Rubio said when addressing whether the job was finished.",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("what Rubio called the talks", {"productive"}),  # the subject named, then its verb: the object
    # a historian's distance ('looking back', 'at the time') asks no time
    ("Looking back, whose place had Umerov taken when he became chief negotiator?", {"Andriy Yermak"}),
    ("At the time, whose meeting with Putin was described as merely a possibility?", {"Jared Kushner"}),
    ("Back in those Florida talks, who led the Ukrainian delegation?", {"Rustem Umerov"}),
    ("Latest discussion round: Ukraine priorities?", {"sovereignty", "independence", "prosperity"}),
    ("Umerov re US support: sentiment?", {"gratitude"}),  # keywords ending in what is asked; 're': about
    # what is put aside, denied or counted in before the question asks nothing
    ("Forget the American side for a moment — who led the Ukrainians in Florida?", {"Rustem Umerov"}),
    ("Leaving the Europeans aside, which country did Umerov thank for its support?", {"United States"}),
    ("Setting aside the envoys' trip to Putin, who is Zelensky expected to meet?", {"Emmanuel Macron"}),
    ("Not the US mediators — which two countries are actually at war here?", {"Russia", "Ukraine"}),
    (  # not a name: asks nothing
        "Counting the possible as well as the certain, who might meet Putin?",
        {"Steve Witkoff", "Jared Kushner"},
    ),
    (
        "The fear wasn't that it was too tough on Moscow — so what was the concern about the 28-point plan?",
        {"favoring Russian interests"},
    ),
    ("Rubio isn't a Ukrainian official — which country's government does he work for?", {"United States"}),
    ("It wasn't a Russian proposal — whose peace plan was it that leaked?", {"United States"}),  # a cleft
    ("With the old leadership gone, who became Ukraine's new chief negotiator?", {"Rustem Umerov"}),
    ("who might go to see putin", {"Steve Witkoff", "Jared Kushner"}),  # the going says nothing
    ("Whose country's peace plan had leaked before those talks got underway?", {"United States"}),
    ("When the 28-point plan surfaced, what was the chief worry about it?", {"favoring Russian interests"}),
    (  # a condition said the other way round
        "Had the negotiations proved fruitful, what could they have set for future conflicts?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    ("Name the kinds of aid Europe provides Ukraine.", {"humanitarian aid", "military aid"}),
    ("Give the US state where the talks took place.", {"Florida"}),  # the kind after a name asked for
    # a flashcard's shorthand: 'FL talks', 'Ukr.', '— who?' after a title, '#', 'in case', a blank
    ("Q: Who called the FL talks 'productive'?", {"Marco Rubio"}),
    ("Ukr. chief negotiator at the Florida talks?", {"Rustem Umerov"}),  # a post first: who holds it
    ("Secretary of Ukr. NSC — who?", {"Rustem Umerov"}),
    ("2 long-term goals of the negotiations for Ukr.?", {"prosperity", "security"}),
    (
        "Rubio's exact words on whether the job is done?",  # what he said, not whether it is done
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    (
        "What could successful talks set for how similar conflicts get resolved?",  # an adjective first
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    (  # 'the similar conflicts' are not the war the graph holds
        "In case the negotiations are fruitful, what they could set for the similar conflicts in future?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # a radio host's lead-in, then the question pointing back to what it names
    (
        "The piece mentions commitments from Western allies. How many of those allies does it actually name?",
        {"2"},
    ),
    (
        "Let's talk about that 28-point plan. What was it about the plan that worried people?",
        {"favoring Russian interests"},
    ),
    (  # 'Umerov's predecessor': his is not Umerov
        "I heard Umerov's predecessor resigned under a cloud. What concerns was his departure surrounded by?",
        {"corruption concerns"},
    ),
    ("which western allies does the article mention", {"European Union", "United States"}),  # its members
    ("So Umerov is fairly new in this role. Whose shoes is he filling?", {"Andriy Yermak"}),
    (  # the lead-in names the council, which the question's 'there' needs
        "Umerov wears another hat on Ukraine's national security council. What's his title there?",
        {"national security council secretary"},
    ),
    ("who ended up being the one negotiating for Ukraine?", {"Rustem Umerov"}),  # the one doing it
    (  # trying to do it: doing it; trying to get: seeking
        "In this most recent set of talks, what are they trying to put first for Ukraine?",
        {"sovereignty", "independence", "prosperity"},
    ),
    ("What two things are the talks trying to get for Ukraine down the road?", {"prosperity", "security"}),
    ("what might the talks shift in the eastern part of Europe?", {"the balance of power in Eastern Europe"}),
    ("Need to know which country got Umerov's thanks.", {"United States"}),  # got his thanks: he thanked it
    ("Who's the secretary of Ukraine's national security council, do you know?", {"Rustem Umerov"}),
    ("What were folk fretting about with the 28-point plan?", {"favoring Russian interests"}),
    ("Going by the FAQ, whereabouts are the American envoys being sent?", {"Moscow"}),
    ("Headcount of people who might meet Putin, counting Witkoff?", {"2"}),  # headcount: number
    # a courtesy title names nothing: 'Mr.' is no unknown name
    ("Could you remind me whom Mr. Umerov took over from?", {"Andriy Yermak"}),
    ("What sentiment did Mr. Umerov show toward American support, would you happen to know?", {"gratitude"}),
    # a letter: its story first, its question last, a pronoun standing for the one person it names
    (
        "I have been following the news from Ukraine, and I understand Mr. Umerov is rather new to the "
        "job of chief negotiator. If it is not too much trouble, could you remind me whom he took over from?",
        {"Andriy Yermak"},
    ),
    (
        "My grandson tells me that a Mr. Witkoff is some sort of envoy, but I could not quite make out on "
        "whose behalf he acts. Might you tell an old reader which president he represents?",
        {"Donald Trump"},
    ),
    (
        "There was some talk of a meeting with Mr. Putin, and I lost track of who might go. Could you "
        "name for me everyone who may meet him, including anyone who is only possibly attending?",
        {"Steve Witkoff", "Jared Kushner"},
    ),
    (
        "I remember hearing on the wireless that some peace plan had leaked out before the talks. I wonder, "
        "if you don't mind my asking, which country's plan it was that leaked?",
        {"United States"},
    ),
    (
        "I read that a leaked plan with 28 points caused quite some worry among the Ukrainians. As someone "
        "who likes to understand both sides, I wondered what precisely the concern about that plan was?",
        {"favoring Russian interests"},
    ),
    (
        "I rather admire a man who can sum things up briefly. I read that the American Secretary of State "
        "described the talks in a single word. What was that word?",
        {"productive"},
    ),
    (
        "My sister and I were discussing the war over tea, and we got onto the disputed lands. According to "
        "the article, which country is it that controls or claims those Ukrainian territories?",
        {"Russia"},
    ),
    (
        "The article ends with a handy table of key points, which my eyes appreciated. In that table, how "
        "is the territorial issue characterised, if I may ask?",
        {"a significant unresolved issue"},
    ),
    (
        "I would be most grateful if you could tell me who led the Ukrainian side at that meeting.",
        {"Rustem Umerov"},
    ),
    (  # the question names nothing: the story's last sentence says what it asks of
        "When I was young we hoped that after a war there would be something better to build on. I read that "
        "these negotiations are meant to secure two things for Ukraine in the long run. Could you tell me "
        "what those two aims are?",
        {"prosperity", "security"},
    ),
    # a choice in a cleft asks what the cleft asks
    (
        "Could you settle it for us: was it Florida or Moscow where those negotiations took place?",
        {"Florida"},
    ),
    ("Could you count for me the Western allies cited as making commitments to Ukraine?", {"2"}),
    # a trivia clue: a description, then what is asked of it
    ("Headed Ukraine's side of the table at the Florida meeting — who is he?", {"Rustem Umerov"}),
    ("Zelensky's expected partner for further discussions — surname?", {"Emmanuel Macron"}),
    ("Only 'possibly' joining the meeting with Putin: who?", {"Jared Kushner"}),
    ("Umerov's predecessor, whose resignation cleared the way for him?", {"Andriy Yermak"}),
    ("Country that controls or claims Ukrainian territories, according to the piece?", {"Russia"}),
    ("Envoy who will definitely meet Putin?", {"Steve Witkoff"}),
    # a ticket: its label, its reader and its 'return' ask nothing
    (
        "Requirement: return the name of the secretary of Ukraine's national security council.",
        {"Rustem Umerov"},
    ),
    ("Acceptance: answer names the country whose support Umerov expressed gratitude for.", {"United States"}),
    (
        "As a reader I need to know what the talks might alter in Eastern Europe.",
        {"the balance of power in Eastern Europe"},
    ),
    ("Acceptance: answer gives the count of people who might meet Putin, Witkoff included.", {"2"}),
    # a question begun, dropped at a dash and asked again; an aside between dashes
    ("Which country does Rubio — sorry, whose government does Rubio work for?", {"United States"}),
    ("Who's definitely — no, sorry — who is only maybe going to meet Putin?", {"Jared Kushner"}),
    (
        "Who got — no, let me rephrase — who took on Ukraine's negotiating role after the upheaval?",
        {"Rustem Umerov"},
    ),
    (
        "What were people worried — what was the concern about the 28-point plan?",
        {"favoring Russian interests"},
    ),
    # a data person's notation
    ("Umerov.predecessor = ?", {"Andriy Yermak"}),
    ("US_envoys.destination = ? (source=FAQ)", {"Moscow"}),
    # an academic's distance: what the text suggests is what it says
    (
        "What does the text suggest regarding the identity of the person who assumed Ukraine's chief "
        "negotiating role in the wake of domestic political upheaval?",
        {"Rustem Umerov"},
    ),
    ("Whom, according to the account, did Umerov succeed?", {"Andriy Yermak"}),
    # an e-mail's line: how to answer says nothing of what
    ("Plan that leaked pre-talks — whose? Country only.", {"United States"}),
    # a phone message: emoji say nothing
    (
        "who all was at the florida negotiations? list em pls 📝",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    ("who all might end up meeting putin? incl the maybes 🤔", {"Steve Witkoff", "Jared Kushner"}),
    # an interview transcript's speaker, and an instruction to an assistant
    ("Q: Let's turn to the delegations. Who led Ukraine's side in Florida?", {"Rustem Umerov"}),
    ("Interviewer: who might meet Putin, including the maybes?", {"Steve Witkoff", "Jared Kushner"}),
    ("Return the country whose government Rubio works for. Country name only.", {"United States"}),
    ("Give me a count of the points in the leaked plan.", {"28"}),
    ("Among the envoys, who is certain to meet Putin?", {"Steve Witkoff"}),  # which envoy
    ("The leaked plan alarmed many. What were people worried about?", {"favoring Russian interests"}),
    ("The article names Western allies who made commitments. How many of them are there?", {"2"}),
    (
        "Is it over? What did Rubio say about whether the work was done?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("Umerov thanked his backers at length — which country did he thank?", {"United States"}),
    # a text message's numbers for words, and its shorthands
    ("who did umerov thank 4 support", {"United States"}),  # '4' is 'for'
    ("wat r the 2 long term goals 4 ukraine", {"security", "prosperity"}),  # '2' is a number
    ("what did ppl worry abt w/ the 28 pt plan", {"favoring Russian interests"}),  # what, not who worried
    # a half-remembered question, and a request made with emphasis
    (
        "I read something about a Florida meeting — remind me, who was it that led Ukraine's side?",
        {"Rustem Umerov"},
    ),
    ("Do let me know who replaced Yermak.", {"Rustem Umerov"}),
    # slang and spoken openers
    ("Who's the bigwig gushing that the Florida talks were 'productive'?", {"Marco Rubio"}),  # which bigwig
    ("Who's the country laying claim to chunks of Ukraine?", {"Russia"}),
    (
        "What's Umerov's official title on that security council, anyway?",
        {"national security council secretary"},
    ),
    ("So what had everyone sweating about that 28-point plan?", {"favoring Russian interests"}),
    # a voice assistant's wake word, and a question tucked into a forum comment
    ("Hey Google which official called the Florida talks productive", {"Marco Rubio"}),
    ("Alexa ask the news bot who replaced Yermak", {"Rustem Umerov"}),
    (
        "I skimmed too fast, but I never caught the name of the guy leading Ukraine's side. Who was it?",
        {"Rustem Umerov"},
    ),
    (
        "The article says Ukrainian territories are being claimed by someone. Which country does it mean?",
        {"Russia"},
    ),
    (
        "Everyone keeps saying Umerov is the new negotiator, but new compared to whom? Who did he replace?",
        {"Andriy Yermak"},
    ),
    ("I'm not from around here - Rubio is a cabinet official for which country exactly?", {"United States"}),
    ("Can somebody just list everyone who might meet Putin?", {"Steve Witkoff", "Jared Kushner"}),
    ("Which one was the actual location of the talks with the Ukrainians?", {"Florida"}),  # what was
    ("which is the country that leaked the plan?", {"United States"}),  # which country leaked it
    # a half-remembered question: what the asker remembers, then a question pointing back to it
    ("I remember one envoy was definitely going to meet Putin — who was that?", {"Steve Witkoff"}),
    # a French or Spanish speaker's order of words
    (
        "What has said Rubio about if the work is finished or not?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("How is called the secretary of the council of national security of Ukraine?", {"Rustem Umerov"}),
    (
        "In the middle of which preoccupations has resigned the predecessor of Umerov?",
        {"corruption concerns"},
    ),
    ("Which countries are making the war?", {"Russia", "Ukraine"}),
    # a lawyer's framing: for the record, to the court
    ("Tell us, for the benefit of our listeners, where the talks took place.", {"Florida"}),
    (
        "Can you state for the record the name of the official who leads Ukraine's delegation?",
        {"Rustem Umerov"},
    ),
    (
        "Please tell the jury what the talks could alter in Eastern Europe.",
        {"the balance of power in Eastern Europe"},
    ),
    (
        "Should the talks succeed, please tell the court what they could establish for future conflicts.",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # a help-desk ticket's greeting and sign-off, the minutes' labels
    ("Hi team, who is leading Ukraine's delegation now? Thanks in advance!", {"Rustem Umerov"}),
    ("Dear support team, who replaced Yermak? Kind regards, Anna", {"Rustem Umerov"}),
    ("Good morning, where were the talks held?", {"Florida"}),
    ("Open question — who will Zelensky meet next for talks?", {"Emmanuel Macron"}),
    ("TBD: number of points in the leaked peace plan", {"28"}),
    # a request put as unlikely, what nobody has said, a tag after it
    ("Nobody's mentioned who took over from Yermak, have they?", {"Rustem Umerov"}),
    ("I don't suppose you know which country Umerov thanked, do you?", {"United States"}),
    ("You wouldn't happen to know what Rubio called the talks, would you?", {"productive"}),
    ("I can't tell where the talks took place.", {"Florida"}),
    # a clue: a noun phrase, a letter count
    ("Country thanked by Umerov for its support", {"United States"}),
    ("Secretary of State's verdict on the talks (10)", {"productive"}),
    ("Umerov's attitude toward US support", {"gratitude"}),
    ("Zelensky's expected meeting partner", {"Emmanuel Macron"}),
    ("whose sit-down with Putin is only a possibility?", {"Jared Kushner"}),
    ("What are the two long-term aims for Ukraine that the talks should secure?", {"prosperity", "security"}),
    # a contrast, a concession or an aside set around the question
    (
        "Unlike Umerov, who speaks for Kyiv, which country's government does Rubio work for?",
        {"United States"},
    ),
    ("Rather than any European partner, which country did Umerov thank?", {"United States"}),
    ("Rubio is the Secretary of State, but Witkoff is an envoy of which president?", {"Donald Trump"}),
    (
        "Although Rubio sounded upbeat, what did he say about whether the work was finished?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("Was Umerov critical of US support, or what sentiment did he express toward it?", {"gratitude"}),
    (
        "Who, on either side of the table, took part in the Florida talks?",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    ("who held it before Umerov?", {"Andriy Yermak"}),
    # a memo's heading, then what it asks of it
    ("Putin meeting — number of potential attendees (Witkoff included)?", {"2"}),
    ("Umerov re US support — sentiment expressed?", {"gratitude"}),
    ("Zelensky's diplomacy — identity of the leader he is expected to meet?", {"Emmanuel Macron"}),
    (
        "European allies — kinds of aid given to Ukraine besides diplomacy?",
        {"humanitarian aid", "military aid"},
    ),
    # a long story told in clauses before the question
    (
        "With all the reshuffling in Kyiv and the names that keep popping up in the news, who ended up as "
        "Ukraine's chief negotiator?",
        {"Rustem Umerov"},
    ),
    (
        "I'm putting together notes for a model UN session - who is the secretary of Ukraine's national "
        "security council?",  # 'UN' is the asker's, not the question's
        {"Rustem Umerov"},
    ),
    (
        "When the article brings up Steve Witkoff alongside a number of other high-profile figures, which "
        "president is he an envoy for?",
        {"Donald Trump"},
    ),
    (
        "Regional implications (Eastern Europe) — what the talks may alter?",
        {"the balance of power in Eastern Europe"},
    ),
    ("28-Point Plan — nature of the concern raised by Ukrainian officials?", {"favoring Russian interests"}),
    # a path that says none of the question's words is passed over for one that does
    ("What are the long-term goals for Ukraine?", {"prosperity", "security"}),
    ("Ukraine's long-term aims", {"prosperity", "security"}),
    # the subject between the question word and its modal
    (
        "What fruitful talks could set for future conflicts?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # a spoken dialect, a host's lead-in and sign-off
    ("Who was it heading up Ukraine's side at the Florida meeting, d'ye know?", {"Rustem Umerov"}),
    (
        "What's the name o' the fella that's secretary of Ukraine's national security council?",
        {"Rustem Umerov"},
    ),
    (
        "Who all was at the talks in Florida, can ye list them for us?",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    ("Countin' Witkoff, how many of them might meet Putin?", {"2"}),
    (
        "What was it Rubio said when folk asked was the job finished yet?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    (
        "So tell us, after that shake-up in Kyiv, which official has taken over Ukraine's negotiating role?",
        {"Rustem Umerov"},
    ),
    (
        "For viewers just joining us: which countries are the warring parties in the war?",
        {"Russia", "Ukraine"},
    ),
    (
        "What was the worry surrounding that 28-point plan? Our correspondent has the details.",
        {"favoring Russian interests"},
    ),
    ("Going by the article, who's the country controlling or claiming bits of Ukraine?", {"Russia"}),
    # a child's 'mum', a bilingual asker's words of other languages
    ("mum what were people worried about when the guy before umerov quit?", {"corruption concerns"}),
    ("¿Quién was Ukraine's lead negotiator at the Florida meeting?", {"Rustem Umerov"}),
    ("Mit wem is Zelensky expected to meet for more discussions?", {"Emmanuel Macron"}),
    ("Combien de Western allies are mentioned as making commitments to Ukraine?", {"2"}),
    ("Comment s'appelle the secretary of Ukraine's national security council?", {"Rustem Umerov"}),
    # a post's tags and mentions
    (
        "After the shake-up in Kyiv, who stepped in as #Ukraine's negotiator? #UkrainePolitics #peacetalks",
        {"Rustem Umerov"},
    ),
    ("Quick q: @SecRubio serves in which nation's government? #diplomacy", {"United States"}),
    ("Who are the warring sides in the #RussiaUkraineWar?", {"Russia", "Ukraine"}),
    (
        "What could these talks alter in #EasternEurope? #geopolitics",
        {"the balance of power in Eastern Europe"},
    ),
    # a learner's 'which' for people, 'maybe will' for may, and a dictated 'counsel'
    ("Give names of all people which maybe will meet Putin.", {"Jared Kushner", "Steve Witkoff"}),
    ("How many people, together with Witkoff, maybe will meet Putin?", {"2"}),
    ("whats the name of ukraines national security counsel secretary", {"Rustem Umerov"}),
    # a translation app's English: a post's head before its 'of', 'taken the role of' a post, an
    # uninverted question, 'how much' things, 'the Ukraine', a war 'of' its two sides
    ("The secretary of council of national security of the Ukraine, what is his name?", {"Rustem Umerov"}),
    ("Which official has taken the role of negotiator for the Ukraine?", {"Rustem Umerov"}),
    ("who took the role of Yermak?", {"Rustem Umerov"}),
    (
        "What thing in the East of Europe the talks maybe can change?",
        {"the balance of power in Eastern Europe"},
    ),
    ("How much persons, counting also Witkoff, maybe will meet with Putin?", {"2"}),
    (
        "Which are the sides that make the fighting in the war of Russia and the Ukraine?",
        {"Russia", "Ukraine"},
    ),
    ("who is fighting the war between Ukraine and Russia", {"Russia", "Ukraine"}),
    ("To which country Umerov has given the thanks?", {"United States"}),
    (
        "About the plan of 28 points, what was the thing that people were worrying?",
        {"favoring Russian interests"},
    ),
    (
        "The person which is leading the negotiators of the Ukraine at the meeting in Florida, "
        "what is the name of him?",
        {"Rustem Umerov"},
    ),
    # an exam's prompts and marks
    ("State the name of the secretary of Ukraine's National Security Council. (1 mark)", {"Rustem Umerov"}),
    ("Identify the country towards which Umerov expressed his thanks.", {"United States"}),
    (
        "Explain the main concern raised about the 28-point peace plan. (2 marks)",
        {"favoring Russian interests"},
    ),
    (
        "Discuss briefly what successful negotiations could set for the resolution of similar future "
        "conflicts. (2 marks)",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # a weary reader's asides
    (
        "Great, another round of 'productive' talks in the sunshine. Who was actually heading Ukraine's team "
        "in Florida this time?",
        {"Rustem Umerov"},
    ),
    (
        "Because jet-setting fixes everything: per the FAQ section, which city are the American envoys being "
        "dispatched to?",
        {"Moscow"},
    ),
    # a query typed as a database person types one
    (
        "SELECT person WHERE role = 'Ukraine chief negotiator' AND appointed = after domestic shake-up",
        {"Rustem Umerov"},
    ),
    ("putin_meetings WHERE status = 'possible' -> attendee", {"Jared Kushner"}),
    ("SELECT origin_country FROM peace_plans WHERE leaked = true", {"United States"}),
    ("location(talks with ukrainian delegation) IN ('Moscow','Florida') -> which one", {"Florida"}),
    ("europe.support_to_ukraine WHERE type != 'diplomatic' -> list", {"humanitarian aid", "military aid"}),
    (
        "list(participants WHERE talks.location = Florida)",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff", "Ukrainian delegation"},
    ),
    ("Rubio -> government -> country = ?", {"United States"}),
    ("The person which Umerov has replaced him, who is it?", {"Andriy Yermak"}),  # not 'who Umerov has ...'
    # a quiz master's riddle, the answer speaking of itself or named vaguely, then asked for
    (
        "When turmoil in Kyiv left a chair empty, I slid into it and became the nation's new voice at the "
        "bargaining table. Name me!",
        {"Rustem Umerov"},
    ),
    (
        "I hold the secretary's title on Ukraine's national security council. Whisper my name!",
        {"Rustem Umerov"},
    ),
    ("I'm the one Umerov replaced. Who am I?", {"Andriy Yermak"}),
    (
        "Per this story, certain Ukrainian lands are currently held or claimed by another power. "
        "Name that country.",
        {"Russia"},
    ),
    ("Umerov replaced a certain official. Who was it?", {"Andriy Yermak"}),
    (
        "Roll call! Name all the figures who were at the table when the negotiations unfolded in Florida.",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff"},
    ),
    (
        "How many Western backers does the article name as having made commitments to Ukraine? "
        "Give me the count.",
        {"2"},
    ),
    (
        "Two nations are locked in the hostilities this story revolves around. Name both sides of the fight.",
        {"Russia", "Ukraine"},
    ),
    ("That 28-point plan ah, people worried about what one?", {"favoring Russian interests"}),
    ("Identify the person Umerov replaced. Give me just the name.", {"Andriy Yermak"}),  # how, not what
    (  # 'both' points back to the clue
        "Round three, question four — the talks are meant to give Ukraine two things in the long run. "
        "Name both!",
        {"prosperity", "security"},
    ),
    ("Including Witkoff, a meeting with the Russian president might involve how many people?", {"2"}),
    # a formal register and things named indirectly
    (
        "With which individual is President Zelensky anticipated to convene for supplementary consultations?",
        {"Emmanuel Macron"},
    ),
    (
        "Which individual was the immediate predecessor of Rustem Umerov in his present negotiating "
        "function?",
        {"Andriy Yermak"},
    ),
    (
        "What aims pertaining to Ukraine are accorded precedence in the most recent round of deliberations?",
        {"independence", "prosperity", "sovereignty"},
    ),
    ("What disposition did Rustem Umerov manifest with respect to United States assistance?", {"gratitude"}),
    ("Which of Washington's envoys is definitely going to see the Russian leader?", {"Steve Witkoff"}),
    ("Which U.S. president does the envoy who will definitely meet Putin work for?", {"Donald Trump"}),
    (
        "In which of the two locations, Moscow or Florida, were the deliberations with the Ukrainian "
        "delegation in fact convened?",
        {"Florida"},
    ),
    # a quiz sheet's gaps
    ("At the Florida meeting, Kyiv's delegation was headed by ____.", {"Rustem Umerov"}),
    ("Before Umerov, the negotiating post belonged to ____, who then resigned.", {"Andriy Yermak"}),
    ("Zelensky is due to sit down with ... for further talks.", {"Emmanuel Macron"}),
    ("Steve Witkoff acts as an envoy on behalf of President ____.", {"Donald Trump"}),
    ("The envoy who is definitely — not just possibly — going to meet Putin is ____.", {"Steve Witkoff"}),
    ("The article names ____ Western allies as having made commitments to Ukraine.", {"2"}),
    (
        "Following the upheaval in Kyiv's politics, the person who stepped into the job of Ukraine's top "
        "negotiator was [blank].",
        {"Rustem Umerov"},
    ),
    # spoken varieties of English: Singapore's particles, Caribbean words, 'who all'
    ("Umerov replace who one ah?", {"Andriy Yermak"}),
    ("Who all might go see Putin ah? Say all the names lah.", {"Jared Kushner", "Steve Witkoff"}),
    ("Count together with Witkoff, how many people maybe meet Putin ah?", {"2"}),
    ("Dem talks wid the Ukrainian crew, they went down in Moscow or Florida?", {"Florida"}),
    ("hey speaker tell me the name of the person umerov succeeded as chief negotiator", {"Andriy Yermak"}),
    # a text message's spellings, Australian words, a witness questioned, a remembered question
    ("who wuz ukraine's lead negotiator @ the florida meeting?", {"Rustem Umerov"}),
    (
        "who wr all the ppl at the florida negotiations?",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff"},
    ),
    ("name every1 who mite meet putin", {"Jared Kushner", "Steve Witkoff"}),
    ("hw many ppl, incl witkoff, mite meet putin?", {"2"}),
    ("hw many western allies r mentioned as makin commitments 2 ukraine?", {"2"}),
    (
        "Can you list all the people who rocked up to the Florida negotiations, mate?",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff"},
    ),
    ("Which bloke's meeting with Putin is only described as a maybe?", {"Jared Kushner"}),
    ("What sort of feeling did Umerov show towards the Yanks' backing, mate?", {"gratitude"}),
    ("Do you remember which official described the Florida talks as productive?", {"Marco Rubio"}),
    (
        "What was Rubio's comment on whether the work had been completed?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    (
        "Is it your understanding that the negotiations are meant to secure two long-term aims for Ukraine, "
        "and if so, what are those two aims?",
        {"prosperity", "security"},
    ),
    (
        "Is it your understanding that the talks might alter something in Eastern Europe, and if so, what?",
        {"the balance of power in Eastern Europe"},
    ),
    ("Did anyone resign, and if so, who was it?", {"Andriy Yermak"}),
    # a topic or a group set before the question
    ("As far as the Florida talks go, who was Ukraine's chief negotiator?", {"Rustem Umerov"}),
    ("When it comes to Umerov's new role, who did he take over from?", {"Andriy Yermak"}),
    ("Of the envoys mentioned, which one is stated as certain to meet Putin?", {"Steve Witkoff"}),
    (
        "As far as the Florida talks go, which people were there?",
        {"Jared Kushner", "Marco Rubio", "Rustem Umerov", "Steve Witkoff"},
    ),
    ("Which feature of Eastern Europe could the talks change?", {"the balance of power in Eastern Europe"}),
    # a reading-comprehension question, and a sentence of context before the question
    ("Based on the passage, who are all the people that may meet Putin?", {"Jared Kushner", "Steve Witkoff"}),
    ("Find in the text the name of the secretary of Ukraine's national security council.", {"Rustem Umerov"}),
    (
        "What does the article tell us about the sentiment Umerov showed toward American backing?",
        {"gratitude"},
    ),
    ("Someone labelled the Florida talks productive. Which official was it?", {"Marco Rubio"}),
    ("Someone went on record calling the talks productive. Who was it?", {"Marco Rubio"}),
    ("Ukraine's national security council has a secretary. What is that person's name?", {"Rustem Umerov"}),
    (
        "Some Ukrainian territories are controlled or claimed by another country. Which country is it, per "
        "the article?",
        {"Russia"},
    ),
    (
        "A meeting with Putin is on the cards. Name everyone who may meet him.",
        {"Jared Kushner", "Steve Witkoff"},
    ),
    (
        "A new round of discussions has just taken place. Which objectives for Ukraine does it prioritise?",
        {"independence", "prosperity", "sovereignty"},
    ),
    (
        "There was a political shake-up in Ukraine. Which official took over the country's negotiating role "
        "afterwards?",
        {"Rustem Umerov"},
    ),
    # a typo that stems as another word does, an old-fashioned request
    (
        "which offical took over ukraine's negotiating role after the political shakeup at home",
        {"Rustem Umerov"},
    ),
    (
        "I should like to know the name of the secretary of Ukraine's national security council, if you "
        "would be so good.",
        {"Rustem Umerov"},
    ),
    # a podcast host's lead-ins, a reader's reaction first, a quiz's numbering, a manager's orders
    ("Walk us through the leaked plan: which country drew it up?", {"United States"}),
    ("Help me understand the numbers: counting Witkoff, how many people might meet Putin?", {"2"}),
    ("How many people may meet Putin if Witkoff is included in the count?", {"2"}),
    ("Sounds hopeful. But who led Ukraine's delegation?", {"Rustem Umerov"}),
    ("Q4. Per the report, who leads the Ukrainian delegation?", {"Rustem Umerov"}),
    ("Get me the name of Ukraine's chief negotiator.", {"Rustem Umerov"}),
    ("I need the exact number of points in the plan.", {"28"}),
    ("Who could be meeting Putin? Give me all the names.", {"Steve Witkoff", "Jared Kushner"}),
    # a statement's order with the question word inside, a learner's 'working as'
    ("The conflict is being fought between which countries?", {"Russia", "Ukraine"}),
    ("After the talks, the country's negotiating role was taken over by whom?", {"Rustem Umerov"}),
    ("Who is working as the secretary of Ukraine's security council?", {"Rustem Umerov"}),
    ("Which government's peace proposal leaked in the run-up to the talks?", {"United States"}),
    ("What were people worried about with the plan that had 28 points?", {"favoring Russian interests"}),
    ("number western allies commitments", {"2"}),  # a search box's keywords
    (
        "The article says the secretary of Ukraine's security council is also its new chief negotiator; "
        "what is that person's name?",
        {"Rustem Umerov"},
    ),
    # a skeptic's 'does the article actually say ...': what it says is what is asked
    ("Who does the article actually say led Ukraine's delegation?", {"Rustem Umerov"}),
    ("Which envoy does the report describe as merely possibly meeting Putin?", {"Jared Kushner"}),
    ("What concern does the article tie to Yermak's resignation?", {"corruption concerns"}),
    ("Name the people for whom the meeting with Putin is planned.", {"Steve Witkoff", "Jared Kushner"}),
    ("Which envoy will meet Putin without a 'maybe' attached?", {"Steve Witkoff"}),
    (
        "The Florida talks brought the two sides together; who were the people taking part?",
        {"Marco Rubio", "Steve Witkoff", "Jared Kushner", "Rustem Umerov"},
    ),
    ("Rubio is the secretary of state of what country?", {"United States"}),  # 'what' in place
    ("Which official stepped in as Ukraine's new chief negotiator?", {"Rustem Umerov"}),  # 'stepped in as'
    ("What are the two main things the talks aim for?", {"prosperity", "security"}),  # no kind: 'things'
    ("How did Umerov's predecessor leave the job?", {"abrupt"}),  # in what manner
    (
        "Which things for Ukraine does the latest round put first?",
        {"sovereignty", "independence", "prosperity"},
    ),
    ("What do the talks hope to secure for Ukraine in the long run?", {"prosperity", "security"}),
    (
        "What Rubio say about if the work is finish?",  # a learner's words
        {"more work needs to be done", "more work is needed", "more work remains"},
    ),
    ("Who could hold a meeting with Putin?", {"Steve Witkoff", "Jared Kushner"}),
    # a caller's greeting, fillers and what they were doing before the question
    ("Oh hello, um, so, you know, who heads Ukraine's delegation now?", {"Rustem Umerov"}),
    ("Yeah, hi, I was reading the news and, like, who called the talks productive?", {"Marco Rubio"}),
    ("I got mixed up, was it Kyiv or was it Florida, where the talks happened?", {"Florida"}),
    ("Where did the Americans sit down with the Ukrainians?", {"Florida"}),  # their delegations met
    ("Who ended up stepping into the negotiating job?", {"Rustem Umerov"}),
    ("Kindly indicate the country Umerov expressed gratitude to.", {"United States"}),
    ("Kindly identify the person who acted as chief negotiator on behalf of Ukraine.", {"Rustem Umerov"}),
    (
        "Please set out the goals for Ukraine to which the talks accord priority.",
        {"sovereignty", "independence", "prosperity"},
    ),
    # a reader's summary of the article first: the question's 'those talks' are the article's
    (
        "The article is about American and Ukrainian officials meeting in Florida. Which official called "
        "those talks productive?",
        {"Marco Rubio"},
    ),
    ("What is Umerov's post in the security council of Ukraine?", {"national security council secretary"}),
    ("Which country was Umerov thanking for its backing?", {"United States"}),  # he did the thanking
    ("What do the talks want for Ukraine in the long term?", {"prosperity", "security"}),
    (
        "Rubio, on whether the work is over, what did he say?",
        {"more work needs to be done", "more work is needed", "more work remains"},
    ),
    # a fact-checker's keywords: a post and where, the kind of agent and what it does
    ("Ukraine's chief negotiator in Florida?", {"Rustem Umerov"}),
    ("Zelensky's expected counterpart?", {"Emmanuel Macron"}),  # 'expected' modifies; no claim
    ("Country holding or claiming Ukrainian land?", {"Russia"}),
    ("Official calling the talks productive?", {"Marco Rubio"}),
    # the thing asked last: 'X is named what', 'X number how many', an uninverted embedded question
    ("Ukraine's national security council secretary is named what, in this story?", {"Rustem Umerov"}),
    ("The Western allies cited as making commitments to Ukraine number how many?", {"2"}),
    ("do you remember who Umerov's predecessor was?", {"Andriy Yermak"}),
    # an appositive that holds the asking word is the question itself
    (
        "After the political changes at home, the official who took over as Ukraine's negotiator was "
        "who, in this story?",
        {"Rustem Umerov"},
    ),
    ("what was everyone worried about with the 28-point plan?", {"favoring Russian interests"}),
    # a choice of places after a verb of meeting: where they met
    ("Did the Ukrainian delegation meet in Florida or in Moscow?", {"Florida"}),
    (
        "Did the Ukrainian delegation actually meet for the negotiations in Florida, or was it in Moscow?",
        {"Florida"},
    ),
    # what the asker read or recalls before asking sets the scene, and is no part of the question
    (
        "I gather Mr Umerov is fairly new to his post and came in after someone else left. Could you remind "
        "me who it was that he succeeded?",
        {"Andriy Yermak"},
    ),
    (
        "I noticed the name Steve Witkoff described as an envoy. Which president is it that he acts on "
        "behalf of?",
        {"Donald Trump"},
    ),
    (
        "I understand one gentleman's meeting with President Putin is only tentative. But which of the "
        "envoys is firmly set to meet him?",
        {"Steve Witkoff"},
    ),
    (
        "When all is said and done, these negotiations must be aiming at something lasting for Ukraine. "
        "What are the two long-term goals they are meant to achieve for the country?",
        {"prosperity", "security"},
    ),
    ("What sort of concerns were swirling round when Umerov's predecessor quit?", {"corruption concerns"}),
    ("Who all was at the Florida talks, then? Give us the full list.", PRESENT),
    # a lookup's wording: 'Get ...', 'Get name: ...', 'Get count of ...'
    ("Get the country whose government employs Marco Rubio.", {"United States"}),
    ("Get name: secretary of Ukraine's national security council.", {"Rustem Umerov"}),
    ("Get count of people who might meet Putin, Witkoff included.", {"2"}),
    ("Get what the talks could change in Eastern Europe.", {"the balance of power in Eastern Europe"}),
    ("Who was the main talker for Ukraine at the Florida meeting?", {"Rustem Umerov"}),
    ("What could the talks change in the east part of Europe?", {"the balance of power in Eastern Europe"}),
    # a lawyer's hedges and a condition before an uninverted question
    (
        "To the extent the article addresses it, what in Eastern Europe could be changed by the approach "
        "taken in these discussions?",
        {"the balance of power in Eastern Europe"},
    ),
    (
        "Assuming the negotiations prove fruitful, what does the article state they could establish for "
        "the resolution of future conflicts?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    (
        "How, per the article, did Rubio characterize whether the work on a deal was complete?",
        {"more work needs to be done", "more work is needed", "more work remains"},
    ),
    # a reason or a scene given first ('Since ..., ', 'Now that ..., '): a sentence told before the question
    (
        "Now that there's been a political shake-up back home in Ukraine, who has stepped in as the new "
        "chief negotiator?",
        {"Rustem Umerov"},
    ),
    ("while witkoff's meeting with putin sounds definite, whose is only a maybe?", {"Jared Kushner"}),
    ("who quit?", {"Andriy Yermak"}),  # a word of the resignation's group names its events
    ("Which official stepped down?", {"Andriy Yermak"}),
    # the passive: 'by whom was it taken over', 'what was said by', 'what could be set by'
    (
        "After the political upheaval in Ukraine, by whom was the chief negotiator role taken over?",
        {"Rustem Umerov"},
    ),
    (
        "What was said by Rubio about whether the work was finished?",
        {"more work needs to be done", "more work is needed", "more work remains"},
    ),
    (
        "What could be set by fruitful negotiations for how future conflicts are resolved?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # an indirect question: 'Any idea ...', 'the name of whoever is ...'
    ("Any idea what the talks could change in Eastern Europe?", {"the balance of power in Eastern Europe"}),
    (
        "Do you know the name of whoever is secretary of Ukraine's national security council?",
        {"Rustem Umerov"},
    ),
    # a topic put first, then a question whose pronoun or 'there' stands for it
    ("The Florida talks — who was there?", PRESENT),
    ("Ukraine's negotiating post, after the shake-up at home: who holds it now?", {"Rustem Umerov"}),
    ("The territorial question: how does the table describe it?", {"a significant unresolved issue"}),
    (
        "Similar conflicts in future: what might fruitful talks set for them?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    ("Yermak's departure — what was it clouded by?", {"corruption concerns"}),
    # 'what was X VERBed by': what VERBed X
    ("What was Yermak's resignation overshadowed by?", {"corruption concerns"}),
    ("who only might meet Putin?", {"Jared Kushner"}),  # no more than possibly
    ("Which people can meet Putin?", {"Steve Witkoff", "Jared Kushner"}),
    (
        "In what terms did Rubio signal whether the job was complete?",
        {"more work is needed", "more work needs to be done", "more work remains"},
    ),
    ("Before the talks, the plan of which country leaked?", {"United States"}),  # no appositive
    # what he said they were is how he described them
    ("Rubio said the talks were what?", {"productive"}),
    ("what did Rubio say the talks were?", {"productive"}),
    # a learner's grammar
    ("The talks maybe alter what in Eastern Europe?", {"the balance of power in Eastern Europe"}),
    ("Tell me everyone who was in the Florida talks.", PRESENT),
    ("Who was in the Ukrainian delegation?", {"Rustem Umerov"}),  # its member, not the talks' people
    # a negative question telling what the asker believes, then the question it leads to
    ("Isn't Witkoff the envoy of some president? Which one?", {"Donald Trump"}),
    ("Didn't Rubio describe the talks with one word? What was it?", {"productive"}),
    ("Wasn't there some concern about the leaked plan? What was it?", {"favoring Russian interests"}),
    ("Isn't there some country holding Ukrainian land? Which one?", {"Russia"}),
    ("What, in Eastern Europe, could the negotiations alter?", {"the balance of power in Eastern Europe"}),
    ("Since the Florida talks brought officials together, who was there?", PRESENT),
    ("Wasn't Zelensky due to meet someone later? I can't remember who it was.", {"Emmanuel Macron"}),
    (
        "Kushner wasn't in Florida, was he? Where did the talks take place?",
        {"Florida"},
    ),  # a denial, no condition
    ("Were the talks held in Florida, or was it Moscow?", {"Florida"}),
    ("Who are the people that maybe will meet Putin?", {"Steve Witkoff", "Jared Kushner"}),
    # 'the Ukraine talks' name the Florida talks; what the article 'places' or 'names as'
    ("where did the ukraine talks take place", {"Florida"}),
    ("Name everyone who could meet Putin, confirmed or not.", {"Steve Witkoff", "Jared Kushner"}),
    (
        "Which people does the table show as meeting or possibly meeting Putin?",
        {"Steve Witkoff", "Jared Kushner"},
    ),
    ("Who does the article name as the secretary of Ukraine's security council?", {"Rustem Umerov"}),
    ("Which people does the article place at the talks?", PEOPLE_AT_THE_TALKS),
    # a choice of who did it, the other option typed last
    ("Did Umerov lead the delegation, or was it Yermak?", {"Rustem Umerov"}),
    ("Who said more work needs to be done?", {"Marco Rubio"}),  # whoever said the rest
    ("Which official characterized the Florida sessions as fruitful?", {"Marco Rubio"}),
    ("Who headed Ukraine's bargaining team during the Florida sessions?", {"Rustem Umerov"}),
    # a setting put first: the question, then its setting ('following' is no succession)
    (
        "Following the upheaval in Kyiv's politics, who took over as Ukraine's top negotiator?",
        {"Rustem Umerov"},
    ),
    ("In the FAQ part, which city does the US plan to send envoys to?", {"Moscow"}),
    ("Whose sit-down with Putin is framed as merely potential?", {"Jared Kushner"}),
    ("What fear did the 28-point proposal stir up?", {"favoring Russian interests"}),
    (  # 'comparable disputes' are the answer's 'similar conflicts'
        "Should the talks succeed, what might they establish for how comparable disputes get settled?",
        {"a precedent for how similar conflicts are resolved in the future"},
    ),
    # a short story told before the question's comma, its pronoun for the group it names
    (
        "When the 28-point plan leaked, Ukrainian officials got worried, so what was their concern?",
        {"favoring Russian interests"},
    ),
    (
        "Who was installed as Ukraine's new chief negotiator following the political changes at home?",
        {"Rustem Umerov"},
    ),
    (  # the meeting as the asker named it, not its label, which names the envoys
        "there's an upcoming meeting with putin about the peace plan, who could be attending?",
        {"Steve Witkoff", "Jared Kushner"},
    ),
    (
        "Besides diplomatic backing, in what other ways do European allies help Ukraine?",
        {"humanitarian aid", "military aid"},
    ),
    ("Two Americans could end up meeting Putin, but whose meeting is only a maybe?", {"Jared Kushner"}),
    # a harmless detail along the way: a setting put first, a clause set off by commas, a title
    ("After the talks in Florida, to which city does the US plan to send envoys?", {"Moscow"}),
    ("Umerov, who led the Ukrainian delegation in Florida, took over from whom?", {"Andriy Yermak"}),
    (
        "Before Umerov took over Ukraine's delegation for the Florida talks, his predecessor resigned amid "
        "what concerns?",
        {"corruption concerns"},
    ),
    ("After Yermak's resignation, who took over?", {"Rustem Umerov"}),  # the setting names who is asked of
    ("Counting Trump's envoy Witkoff, how many people could meet Putin?", {"2"}),
    (
        "After the Florida talks on the peace plan, which people may go on to meet Putin?",
        {"Steve Witkoff", "Jared Kushner"},
    ),
    # 'uncertain' is no typo of 'certain': it says the opposite
    ("Whose meeting with Putin is described as uncertain?", {"Jared Kushner"}),
    ("What is still unsettled?", {"status of annexed territories"}),
    # a passive's modal, not the status 'maybe'
    ("Putin may be met by which people?", {"Steve Witkoff", "Jared Kushner"}),
    # the country whose support it is supports; it is not the one supported
    ("Umerov was grateful for the support of which country?", {"United States"}),
    ("Umerov thanked the support of which country?", {"United States"}),
    # the participle before its subject, as some write it
    (
        "how is described the status of the annexed territories in the key points",
        {"a significant unresolved issue"},
    ),
]


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_answers(qa: QuestionAnswerer, question: str, expected: set[str]) -> None:
    answer = qa.ask(question)
    assert answer.answered, answer.message
    assert labels(answer) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Did Jared Kushner join the negotiations in Florida?", "yes"),
        # the article named around the claim: whether it says so
        ("Does the report say that Umerov replaced Yermak?", "yes"),
        ("does europe's backing of ukraine include humanitarian aid", "yes"),  # 'include': among it
        ("did rubio say more work is needed y/n", "yes"),
        # a name after a phrase's verb ('viewed as favoring Russia'); 'people' is the subject
        ("was the plan viewed as favoring russia", "yes"),
        ("did officials believe the leaked plan favored russia", "yes"),
        ("did the negotiators sort out the territorial question", "no"),
        ("is the territorial question still up in the air", "yes"),
        ("can you confirm whether, according to the piece, putin attended the talks in florida", "no"),
        ("did the talks happen in florida", "yes"),
        ("Is Umerov Ukraine's chief negotiator?", "yes"),
        ("Was the leaked plan seen as tilted toward Russia?", "yes"),
        ("Is military aid among Europe's contributions to Ukraine?", "yes"),
        ("Has Umerov held the chief negotiator post for a long time?", "no"),
        ("Did Putin attend the Florida talks?", "no"),
        ("According to Rubio, is further work required?", "yes"),
        ("Did Rubio indicate that the job is finished and no more work is needed?", "no"),
        ("Is Yermak the chief negotiator now?", "no"),  # he was, before Umerov
        ("Is Umerov the chief negotiator now?", "yes"),
        ("Is Yermak Ukraine's chief negotiator?", "no"),  # the present tense asks about now
        ("Was Yermak Ukraine's chief negotiator?", "yes"),
        # asked of Yermak, answered from the delegation's leader: not of his successor
        ("Was Andriy Yermak the leader of the Ukrainian delegation at the Florida talks?", "no"),
        # 'Ukrainian officials' are not among the participants by name; a group may still be
        ("Did the meetings between US and Ukrainian officials take place in Florida?", "yes"),
        ("did ukraine see the 28-point plan as leaning toward russia", "yes"),
        ("was the leaked us plan considered pro-russian", "yes"),
        ("was the leaked us plan considered pro-american", "no"),
        ("is witkoff certain to meet putin", "yes"),
        ("Is it certain that Kushner will meet Putin?", "no"),
        ("is kushner not certain to meet putin", "yes"),  # the other statuses of the list
        # statements with a question mark
        ("rubio says more work needed?", "yes"),
        ("umerow been chief negotiator long?", "no"),
        # where the talks took place is what is asked, though 'in Florida' sets a scene
        ("were the talks in florida", "yes"),
        ("talks were held in florida, right?", "yes"),  # a headline-like opening names the talks
        ("did yermak head ukraines team", "no"),  # a possessive without its apostrophe
        ("did ukraine see the leaked plan as favoring moscow", "yes"),  # a capital for its country
        ("did umerov succeed yermak", "yes"),
        ("was yermak replaced by umerov", "yes"),
        ("did rubio say further work still has to be done", "yes"),  # 'work' is no creative work
        ("was the leaked plan too favorable to russia", "yes"),  # 'too' asks nothing of its own
        ("do you know whether the talks took place in florida", "yes"),  # a request: yes or no
        ("has the territorial dispute been solved?", "no"),
        ("did talks take place in FL?", "yes"),
        ("say if yermak leads the ukrainian delegation in florida", "no"),  # an order to say yes or no
        ("talks held in florida, yes or no?", "yes"),
        ("does rubio think there is work left to do?", "yes"),  # 'left': what remains
        ("what about europe, are they sending ukraine military aid as well?", "yes"),
        ("was the leaked plan considered favorable to russia?", "yes"),  # 'considered': perceived
        ("say if rubio thinks more work is still needed", "yes"),  # 'thinks' is no typo of 'thanks'
        ("so the talks took place in florida?", "yes"),  # an irregular past says it is a claim
        (
            "so did the florida talks settle the territory question or not?",
            "no",
        ),  # the subject named bare, right after 'did'
        # a status as the claim's verb; Florida, where talks were held, stands for them
        ("the territorial issue got resolved?", "no"),
        ("territory question resolved in florida?", "no"),
        ("was the quarrel over territories settled at the talks?", "no"),  # other words inside a name
        ("did the leaked proposal seem to favour russian interests", "yes"),  # a concern told by its name
        ("were the negotiations conducted in florida", "yes"),
        ("did the florida meeting include rubio", "yes"),
        (
            "ok so was the plan that leaked like tilting toward moscow",
            "yes",
        ),  # 'like' as a filler, not 'similar'
        ("so did the negotiations like go down in florida", "yes"),
        ("can you tell me if yermak is still the chief negotiator", "no"),
        ("was it umerov who led the ukrainian delegation", "yes"),  # the name the cleft puts first
        ("was it yermak who headed the ukrainian side in florida", "no"),
        ("was there worry the leaked plan favoured russia", "yes"),  # 'was there worry that': a belief
        ("was the leaked plan seen as favouring the russian side", "yes"),  # a country's side: itself
        ("was the land dispute settled in florida", "no"),
        ("europe humanitarian aid ukraine?", "yes"),  # three names and a question mark: a claim
        # a concern reached by the question's words, or by its own name ('favoring Russian interests')
        ("was the 28-point plan viewed by ukrainian officials as favouring russian interests", "yes"),
        ("was the leaked plan seen as favoring ukrainian interests", "no"),
        ("was the meeting with kyiv's team convened in florida", "yes"),
        # a leading concession is context, and its name is what the pronoun after it points to
        ("even though rubio praised the talks, did he say further effort was required", "yes"),
        ("did the talks settle the row pertaining to land", "no"),  # 'over' and 'about' inside a name
        ("was the plan that got leaked tilted moscow's way", "yes"),  # toward Moscow; 'got' is passive
        ("has umerov served as chief negotiator for ages", "no"),
        ("is europe pitching in with humanitarian aid for ukraine", "yes"),
        ("territory dispute resolved florida talks", "no"),  # keywords with a status in a verb's form
        ("umerov chief negotiator for ages?", "no"),  # keywords asking the opposite of new
        ("europe humanitarian aid ukraine yes no", "yes"),
        ("tell me whether umerov leads the delegation or not", "yes"),  # 'tell me whether': yes or no
        ("did the florida meeting fix the territory dispute?", "no"),
        ("was the session with the ukrainian delegation held in florida?", "yes"),
        ("does europe's support package for kyiv include military assistance?", "yes"),
        ("do european countries give ukraine military aid?", "yes"),
        ("europe gives also military help to ukraine?", "yes"),  # a word of the answer's name
        ("location check (lead): were the talks held in florida?", "yes"),  # a label naming nothing
        ("were the negotiations described in the article held in florida?", "yes"),  # told, no relation
        ("did rubio say the job was done?", "no"),  # 'done' asks the opposite of 'more work needed'
        ("it is umerov who leads the delegation, right?", "yes"),  # a cleft claim with a tag
        ("answer yes or no - is further work needed according to rubio?", "yes"),  # 'no' there denies nothing
        ("fact check: kushner was at the florida talks.", "yes"),  # a claim after its label
        ("took the talks place in florida?", "yes"),  # no one's place taken: 'talks' is no possessive
        ("is military assistance one of the things european allies give ukraine?", "yes"),  # 'things'
        ("does european support for kyiv include military assistance?", "yes"),  # 'European': Europe too
        ("it was yermak who led the delegation in florida, correct?", "no"),
        ("Could you confirm for me whether the talks took place in Florida?", "yes"),
        ("Umerov long in post?", "no"),
        (
            "Was there concern among Ukrainian officials that the peace plan favored Russia's interests?",
            "yes",
        ),
        ("Are the Europeans giving Ukraine military help too?", "yes"),  # help: aid
        ("did the leaked plan favor Russia's interests?", "yes"),  # Russia's interests: Russia's favour
        ("Does Washington's top diplomat regard the work as still unfinished?", "yes"),
        ("Was a settlement of the territorial dispute reached at the Florida talks?", "no"),
        ("did they reach a settlement of the territorial dispute?", "no"),
        ("Is military aid included among the contributions made to Ukraine by Europe?", "yes"),
        ("Does European support for Kyiv extend to military assistance?", "yes"),
        ("I was wondering whether Europe's contributions to Ukraine include military aid.", "yes"),
        ("Is Witkoff going to meet Putin?", "yes"),
        ("According to Rubio, is further work required?", "yes"),  # 'according' opens no kind
        ("is the work finished, according to rubio?", "no"),
        ("did rubio say more work needs to be done?", "yes"),
        (
            "I read that Witkoff was involved in the talks in Florida — was Jared Kushner part of them too?",
            "yes",
        ),
        ("State whether Andriy Yermak led Ukraine's delegation in Florida.", "no"),  # a worksheet's prompt
        ("Indicate whether the leaked plan was viewed as favoring Russia.", "yes"),
        ("Is military aid part of what Europe provides to Ukraine?", "yes"),  # among what it provides
        ("Did Jared Kushner take part in the Florida negotiations back then?", "yes"),
        ("Rubio doesn't think they're finished — there's more work to do, right?", "yes"),
        ("Let me just confirm the location for everyone: were these talks held in Florida?", "yes"),
        ("Is it correct that Jared Kushner took part in the Florida negotiations?", "yes"),  # a claim
        ("Is it accurate that Yermak led the delegation?", "no"),
        ("is europe sending ukraine military aid or nah?", "yes"),
        ("Did Europe's contributions to Ukraine in that period include military aid?", "yes"),
        ("Military aid: part of what Europe gives Ukraine?", "yes"),  # a topic, then whether it is among
        ("Is military aid among the contributions Europe makes to Ukraine?", "yes"),  # 'makes': light
        ("Is Europe giving — does military aid count among Europe's contributions to Ukraine?", "yes"),
        ("Were the talks — did they take place in Florida, I mean?", "yes"),  # they: the talks
        ("Was it Umerov — no, wait — was it Andriy Yermak who led the Ukrainian side in Florida?", "no"),
        ("Confirm talks took place in FL?", "yes"),
        ("talks.location == Florida? (bool)", "yes"),
        ("Does the report situate the talks in Florida?", "yes"),
        ("Does the account indicate that Jared Kushner took part in the Florida negotiations?", "yes"),
        ("umerov been chief negotiator for ages or nah? ⏳", "no"),  # has he been
        ("Isn't it true that Kushner took part in the Florida talks?", "yes"),
        ("Whether Umerov is the chief negotiator of Ukraine?", "yes"),
        ("do you think Kushner was at the Florida talks?", "yes"),
        ("reckon Yermak led the delegation in Florida?", "no"),
        ("did kushner go 2 the florida talks", "yes"),  # went to the talks: attended them
        ("Hold up, did Jared Kushner actually show up at the Florida talks?", "yes"),
        ("Wait — was Andriy Yermak the one calling the shots for Ukraine's side down in Florida?", "no"),
        ("Did folks think that leaked plan was cozying up to Russia?", "yes"),
        ("OK Google was Jared Kushner part of the Florida negotiations", "yes"),
        (
            "People keep calling these talks a breakthrough, so does that mean the land dispute got settled?",
            "no",
        ),
        ("Sorry if this is obvious — did the talks take place in Florida?", "yes"),
        ("Territory dispute, Florida talk settle it?", "no"),
        ("Did Jared Kushner take part in the Florida negotiations, or am I misremembering?", "yes"),
        ("I read something about a meeting — remind me, were the talks held in Florida?", "yes"),
        ("Did Jared Kushner rock up to the Florida talks as well, mate?", "yes"),
        ("I'm not sure I understood Rubio's comment — does he think more work is still needed?", "yes"),
        ("Is it not the case that Yermak led the delegation?", "no"),
        ("Did the talks, yes or no, settle the territorial dispute?", "no"),
        ("Look up whether the talks took place in Florida. Yes or no.", "yes"),
        ("Determine whether Europe gives Ukraine military aid; reply yes or no.", "yes"),
        ("Q: Just to be clear, were the talks held in Florida?", "yes"),
        ("Acceptance: answer yes/no on whether the talks took place in Florida.", "yes"),
        # a tag after a claim, a negative question: whether the claim holds
        ("The talks were held in Florida, weren't they?", "yes"),
        ("Kushner was at the Florida talks too, wasn't he?", "yes"),
        ("Yermak led Ukraine's delegation in Florida, didn't he?", "no"),
        ("Europe doesn't give Ukraine military aid, does it?", "yes"),
        ("Umerov hasn't been chief negotiator for long, has he?", "no"),
        ("Isn't Europe sending military aid to Ukraine?", "yes"),
        ("Wasn't it Yermak who led the Ukrainian side?", "no"),
        ("Didn't the talks settle the territorial dispute?", "no"),
        ("Hello, did Kushner take part in the talks? Please confirm.", "yes"),
        ("Action: check whether the territorial dispute was resolved in Florida", "no"),
        ("Is military aid part of Europe's contributions to Ukraine?", "yes"),
        ("Alongside Witkoff, did Kushner also take part in the Florida talks?", "yes"),
        ("Was the plan seen as favoring Russia rather than Ukraine?", "yes"),
        ("Were the talks held in Florida rather than somewhere else, such as Moscow?", "yes"),
        (
            "Given how much attention the land question has had in the coverage of the war, was the "
            "territorial dispute settled as a result of the talks?",
            "no",
        ),
        ("Issue 3: whether, per Secretary Rubio, further work remains required.", "yes"),
        ("Military aid is part of what Europe gives to Ukraine?", "yes"),
        ("Was it in Florida they had the talks, aye?", "yes"),
        ("Did they get the territory row sorted at the Florida talks?", "no"),
        ("Has Umerov been chief negotiator a good while now?", "no"),
        ("Est-ce que Jared Kushner took part in the Florida negotiations?", "yes"),
        ("dad was jared kushner at the florida talks too?", "yes"),
        ("Has Umerov been Ukraine's chief negotiator depuis longtemps?", "no"),
        ("Was #Yermak the one leading #Ukraine's side at the #Florida talks? #peacetalks", "no"),
        (
            "As a reader I need to know whether the leaked plan was viewed as tilted toward Russia (yes/no).",
            "yes",
        ),
        ("It is true that the plan which was leaked was seen as favouring to the Russia?", "yes"),
        ("State whether, in Rubio's view, additional work is still needed. (1 mark)", "yes"),
        ("Oh, the son-in-law again? Was Jared Kushner actually part of the Florida talks?", "yes"),
        ("EXISTS(florida_talks.participants WHERE name = 'Jared Kushner') -> yes/no", "yes"),
        ("talks.location == 'Florida' -> true/false", "yes"),
        ("Kushner got join the Florida talks or not?", "yes"),
        ("Rubio say still need more work or not ah?", "yes"),
        ("Florida talks settle the land dispute already or not?", "no"),
        ("did the Florida talks settle the land dispute already?", "no"),  # 'already' is no status asked
        ("Has Zelensky already met Macron?", "no"),
        ("Dem talks went down in Florida, yeah?", "yes"),
        ("Jared Kushner took part in the negotiations in Florida. (T/F)", "yes"),
        ("The leaked plan was viewed as leaning in Moscow's favour. (T/F)", "yes"),
        ("Yermak be the one runnin' Ukraine side in Florida?", "no"),
        ("did people worry that the plan favored Russia?", "yes"),
        (
            "Did the parties arrive at a settlement concerning the territorial question during the Florida "
            "deliberations?",
            "no",
        ),
        ("Was the disclosed peace framework regarded as partial to the Russian side?", "yes"),
        ("Has Rustem Umerov occupied the position of principal negotiator for an extended duration?", "no"),
        ("Was Florida the setting for the negotiations?", "yes"),
        ("Were the deliberations convened within the state of Florida?", "yes"),
        ("Do European countries send Kyiv military help, among other things?", "yes"),
        (
            "Does military assistance figure among the contributions furnished by European allies to "
            "Ukraine?",
            "yes",
        ),
        ("Did Jared Kushner participate in the Florida deliberations?", "yes"),
        ("hey speaker did the florida meetings resolve the question of territory", "no"),
        ("Is it your understanding that Jared Kushner joined the negotiations in Florida?", "yes"),
        ("Would it be accurate to say that Yermak leads the delegation?", "no"),
        ("Fair dinkum, were the talks held in Florida?", "yes"),
        ("did the talks happen in florida? u sure?", "yes"),
        ("Did Jared Kushner suit up for the Florida negotiations, folks?", "yes"),
        ("Did Yermak resign?", "yes"),
        ("Did Witkoff attend?", "yes"),
        ("A plan was leaked. Was it seen as tilted toward Russia?", "yes"),
        ("I should like to know whether Mr. Jared Kushner joined the negotiations in Florida.", "yes"),
        ("Based on the passage, is military aid among Europe's contributions to Ukraine?", "yes"),
        ("So for our listeners, did Kushner take part in the Florida talks?", "yes"),
        ("The talks happened in Florida, is that correct?", "yes"),
        ("Did Yermak serve as head of the Ukrainian delegation?", "no"),  # his successor does
        ("Was the problem of the territories solved at the Florida talks?", "no"),
        ("Did Rubio say the work was not finished?", "yes"),  # 'not finished': more work needed
        ("Was the leaked plan skewed toward Russia?", "yes"),
        ("Was Kushner at the big meeting in Florida?", "yes"),
        ("A peace plan leaked and unsettled Kyiv; was it seen as favoring Russia?", "yes"),  # no status
        ("Is it really claimed that Kushner took part in the Florida talks?", "yes"),
        ("Was the leaked plan viewed as leaning toward Russian interests?", "yes"),
        ("Did people think the leaked plan was leaning toward Russia?", "yes"),
        ("Was military aid part of the help European allies gave Ukraine?", "yes"),
        ("Please confirm whether military aid forms part of Europe's support.", "yes"),
        ("Was Kushner part of the Florida talks?", "yes"),  # a person part of them took part
        ("Did officials fear the plan leaned in Russia's favour?", "yes"),
        (
            "Before the talks, a 28-point plan leaked. Did officials worry that it leaned toward Russia?",
            "yes",
        ),
        ("Ukrainian officials think the plan helps Russia too much?", "yes"),  # a learner's statement
        ("Rubio thinks more work must to be done?", "yes"),
        ("Was the problem about the land settled in Florida?", "no"),
        ("the talks happen in Florida?", "yes"),  # a statement in the present, asked
        ("The meeting take place in Florida, yes?", "yes"),
        ("Is Kushner's meeting with Putin not certain?", "yes"),  # 'uncertain', 'not certain': possible
        ("Is Witkoff's meeting with Putin uncertain?", "no"),
        ("Was Umerov part of Ukraine's delegation?", "yes"),  # a member of it
        ("Is the territory question unresolved?", "yes"),
        ("Where the talks took place - was it Florida, according to the article?", "yes"),  # a guess
        ("Who leads the delegation - is it Umerov?", "yes"),
        ("who leads the delegation, was it Yermak?", "no"),
        ("Has Umerov been chief negotiator for donkey's years?", "no"),
        (
            "I recall Jared Kushner being involved in American affairs some years back. Did he take part in "
            "these negotiations in Florida?",
            "yes",
        ),
        (
            "I read about a plan that was leaked and caused some upset. Was it regarded as favouring Russia?",
            "yes",
        ),
        ("Return boolean: Andriy Yermak led Ukraine's delegation at the Florida talks.", "no"),
        ("Lookup (yes/no): Europe provides military aid to Ukraine.", "yes"),
        (
            "Since the plan leaked before the talks, did Ukrainian officials worry that the plan leaned "
            "toward Russia?",
            "yes",
        ),
        ("given that us officials were involved, did the talks take place in florida", "yes"),
        ("Any idea if Jared Kushner took part in the Florida talks?", "yes"),
        ("The talks took place in Florida, didn't they? Or am I wrong?", "yes"),
        ("Does the article say Kushner took part in the Florida talks?", "yes"),
        ("Had Umerov been chief negotiator long before the talks?", "no"),  # 'long before': not new
        ("Did Rubio call the talks unproductive?", "no"),  # 'productive' is known; 'un-' negates it
        ("Were the talks a waste of time, according to Rubio?", "no"),  # a word for 'not productive'
        ("Was the leaked plan seen as good for Russia?", "yes"),
        ("Does humanitarian aid form part of Europe's help to Ukraine?", "yes"),
        ("Trump's envoy Witkoff was at the Florida talks, was Jared Kushner there as well?", "yes"),
        (
            "A 28-point plan leaked ahead of the talks, did Ukrainian officials worry it favored Russian "
            "interests?",
            "yes",
        ),
        ("Can you confirm the negotiations took place in Florida?", "yes"),  # a claim to confirm
        ("Even after productive talks in Florida, did Rubio say more work is needed?", "yes"),
        (
            "As the talks in Florida continue, is military aid part of what European allies give Ukraine?",
            "yes",
        ),
        (
            "Did Jared Kushner take part in the Florida negotiations alongside Trump's envoy Steve Witkoff?",
            "yes",
        ),
        ("Do you report that European allies are providing military aid to Ukraine?", "yes"),
    ],
)
def test_yes_no(qa: QuestionAnswerer, question: str, expected: str) -> None:
    answer = qa.ask(question)
    assert answer.answered, answer.message
    assert answer.answers == [{"label": expected, "iri": None, "kind": "boolean"}]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How long was the list of provisions in the leaked plan, in points?", "28"),
        ("How many points does the leaked plan have?", "28"),
        ("Count the Western allies cited as making commitments to Ukraine.", "2"),  # said of them all
        ("How many people could end up meeting Putin, counting Witkoff?", "2"),
        ("number of western allies mentioned making commitments", "2"),
        ("western allies named as making commitments - how many?", "2"),
        ("how many western allies get named as having made commitments", "2"),  # 'get': no kind
        ("how many ppl might meet putin", "2"),
        ("how many people could possibly meet putin, witkoff included", "2"),  # possible and up
        ("how many people may meet putin, including witkoff?", "2"),  # Putin is not the one included
        ("western allies making commitments count", "2"),  # keywords, then 'count'
        ("how many people could meet putin, counting also witkoff", "2"),  # 'also': Witkoff included
        ("Counting Witkoff, how many people were in line to possibly meet Putin?", "2"),  # a name counted in
        ("# people who could meet Putin (incl. Witkoff)?", "2"),
        ("how many western allies are named", "2"),  # the article's naming is no relation of theirs
        ("how many people could meet putin, witkoff among them", "2"),
        ("inclusive of kushner, how many people could potentially meet putin", "2"),
        ("how many people may meet putin, kushner included", "2"),  # the one included is no condition
        ("How many people can meet Putin, Witkoff included?", "2"),
        ("If you count Witkoff, how many people might meet Putin?", "2"),
        ("how many western allies r named as making commitmnts to ukr", "2"),  # phone shorthand
        ("how many western allies r named as giving commitments to ukraine", "2"),  # members, not a place
        ("How many may meet Putin?", "2"),  # those who meet him, not the meetings
        ("Number of committed Western allies?", "2"),  # past the participle to the group
    ],
)
def test_counts(qa: QuestionAnswerer, question: str, expected: str) -> None:
    answer = qa.ask(question)
    assert answer.answers == [{"label": expected, "iri": None, "kind": "count"}]


def test_a_question_naming_nothing_is_answered_by_a_value_that_says_it(qa: QuestionAnswerer) -> None:
    answer = qa.ask("roughly how many people have been displaced?")
    assert labels(answer) == {"millions displaced"}  # said, not counted: no '1'
    assert any("millions displaced" in e["quote"] for e in answer.evidence)


@pytest.mark.parametrize("question", ["what is productive", "who died", "what was agreed"])
def test_a_question_naming_nothing_is_not_answered_by_its_own_words(
    qa: QuestionAnswerer, question: str
) -> None:
    assert not qa.ask(question).answered


@pytest.mark.parametrize(
    "question",
    ["main goals of the talks for ukraine long term?", "which ukrainian official stepped in as negotiator"],
)
def test_a_flag_answers_only_yes_or_no(qa: QuestionAnswerer, question: str) -> None:
    """A tenure's isNew 'true' is no answer to a question that is not yes or no."""
    assert "true" not in labels(qa.ask(question))


def test_a_tenure_is_not_what_a_question_names(qa: QuestionAnswerer) -> None:
    """'Umerov as chief negotiator' is the label of his tenure; a question using those words
    names Umerov and the post, and the answer never suggests the tenure."""
    answer = qa.ask("Who replaced Umerov as chief negotiator?")
    assert not answer.answered
    assert "tell me about Rustem Umerov as chief negotiator" not in answer.message


def test_a_status_word_that_cannot_apply_is_only_a_word(qa: QuestionAnswerer) -> None:
    answer = qa.ask("Which bloc has an ongoing economic partnership with Ukraine?")
    assert labels(answer) == {"European Union"}
    unanswered = qa.ask("which meetings are ongoing")  # meetings have statuses; none is ongoing
    assert not unanswered.answered
    assert "tell me about ongoing" not in unanswered.message


def test_tell_me_about(qa: QuestionAnswerer) -> None:
    answer = qa.ask("tell me about the peace plan")
    assert answer.answered
    assert answer.answers[0]["iri"] == "https://w3id.org/diplomacy/id/us-peace-plan"
    assert "28" in answer.message
    assert answer.evidence


def test_tell_me_about_reads_as_phrases(qa: QuestionAnswerer) -> None:
    """Its facts by property, by the property's label; no bare IRIs of unnamed nodes."""
    message = qa.ask("tell me about umerov").message
    assert message.startswith("Rustem Umerov: ")
    assert "holds chief negotiator of Ukraine and national security council secretary" in message
    assert "succeeded Andriy Yermak" in message
    assert "Florida talks has it as participant" in message
    assert "https://" not in message


def test_uncertainty_is_kept(qa: QuestionAnswerer) -> None:
    answer = qa.ask("whose meeting with putin is described as only a possibility?")
    assert labels(answer) == {"Jared Kushner"}
    assert "(possible)" in answer.message


def test_a_negating_prefix_is_no_typo(qa: QuestionAnswerer) -> None:
    """He called them productive: 'unproductive' must not pass as a typo of that word."""
    answer = qa.ask("Did Rubio call the talks unproductive?")
    assert {"label": "yes", "iri": None, "kind": "boolean"} not in answer.answers


@pytest.mark.parametrize(
    "question",
    [
        "On which date was Umerov named chief negotiator?",
        "name the hotel where the florida talks took place",  # a venue: narrower than Florida
        "date umerov named chief neg.",  # keywords that ask for a date
        "putin coments on the florida talks",  # 'coments': comments (not moments); he made none
        "What day are Zelensky and Macron scheduled to meet?",
        "Who replaced Rubio as Secretary of State?",
        "What did Putin say about the Florida talks?",
        "What job does Yermak hold now?",
        "Who is Russia's negotiator?",
        "Who leads France's delegation?",
        "When were the talks held?",
        "Who took over from Rubio at the State Department?",
        "Which Florida city hosted the negotiations?",
        "What did Putin say after the Florida meeting?",
        "what did jared kushner say after the florida meeting",  # he is quoted nowhere
        "Who replaced Umerov as Ukraine's chief negotiator?",  # nobody: he replaced Yermak
        "What is Andriy Yermak's current position?",
        "name of the florida venue for the negotiations",
        "what did putin think of the talks",  # 'the talks' is the negotiation, on every hash seed
        "at what exact location in florida did the talks take place",  # no place said to be in Florida
        "what is the date of umerov's appointment",
        "what was putin's reaction to the talks",  # his reaction, his take: what he said, quoted nowhere
        "putin's take on the negotiations",
        "putin's commnets on the negotiations",  # a typo mended to what he would have said
        "on what exact day was umerov made chief negotiator",  # a time asked, past an adjective
        "what job does yermak have these days",  # 'these days': now, and his post now is not said
        "These days, which post does Yermak occupy?",  # so too when it opens the question
        "who took rubio's place as secretary of state",  # nobody did
        "who took Rubios job as secretery of state",  # nor without the apostrophe
        "what did the secretary say?",  # which secretary: nothing tells, so no guess
        "how long has umerov been chief negotiator?",  # a duration, which the article does not give
        # what the asker read names Yermak; his post now, the question after it, is not said
        'The FAQ mentions "the resignation of Andriy Yermak" — what position does Yermak currently hold?',
        'Putin appears in the "Upcoming Meetings" row — what did he say about the Florida talks?',
        "putin's response to the florida meeting",  # a response is a feeling he would have expressed
        "putins reaction florida meeting",  # keywords headed by a relation he has nowhere
        "i'm curious about the exact day yermak resigned",  # a date, which the article does not give
        "which building in florida, say a hotel, where negotiations took place",  # 'negotiations' named
        "name the day on which umerov was named chief negotiator",  # a command asking for a date
        "what is the current job of the official umerov replaced",  # his former post is not his job now
        "where in florida did they set up the meetings, what actual place",  # a place its last step reaches
        "Do you happen to know the exact date on which Umerov was named chief negotiator?",  # a date
        "tell me the exact date on which umerov was named chief negotiator",
        "What reaction did Putin himself offer to the Florida round?",  # 'himself' is no verb
        # financial aid is not said either way: a 'no' from a reading far off the best is a guess
        "Does European support for Kyiv include financial aid?",
        "Who's taken over from Rubio as Secretary of State?",  # 'taken over': replaced, not 'take part'
        "Which job Yermak is having at this moment?",  # 'at this moment': now
        "what does yermak do for work now",  # what he resigned from is behind him, and its country too
        "What job was Yermak holding at the time the article was written?",  # as the article was written: now
        "Who is the person that took the place of Rubio as the Secretary of State?",  # no one did
        "Who is the person that came after Rubio in the post of Secretary of State?",  # the post: no answer
        "Who got Rubio's job as Secretary of State after him?",  # got his job: replaced him
        "What view does Putin have on the Florida talks?",  # what he said of them: nothing
        "What view does the report attribute to Putin regarding the Florida talks?",
        "Please tell the court the specific date on which Umerov was appointed.",
        "Can you state for the record who replaced Rubio as Secretary of State?",
        "Which stadium in Florida hosted the talks — what was the venue?",  # the stadium is asked
        "Umerov named chief negotiator: date?",  # 'date' is what is asked, no aside
        "Find the exact date the talks began.",
        "Who represents Russia in the talks?",  # 'Ukrainian representatives' represent Ukraine
        "who is the russian negotiator",  # the negotiator's post is Ukraine's
        "who is the chief negotiator for moscow",
        "who is America's negotiator?",
        "Florida talk, Putin say what about it?",  # a learner's topic first: he said nothing of them
        "Who took over from Rubio as Secretary of State — who was it?",  # asked once, again: no one did
        "I can't remember who took over from Rubio as Secretary of State.",
        "Just as Umerov replaced Yermak, who replaced Rubio as Secretary of State?",  # the setting, set aside
        "Now that Umerov has taken over, what job does Yermak hold these days?",
        "What Putin says about talks in Florida?",  # a learner's order: what did he say, nothing
        "Zelensky–Macron meeting — scheduled date?",
        "In which place exactly in Florida — which venue — were the negotiations held?",  # no venue is named
        "Dans quel endroit exactement in Florida were the negotiations held?",
        "In what place inside Florida, which building or venue, the negotiations were held?",
        "Identify the scheduled date of the meeting between Zelensky and Macron.",
        "What thing in the East of Europe did Merkel change?",  # 'East' is no unknown name; Merkel is
        "Who took Rubio place as Secretary of State?",  # took his place: replaced him; no one did
        "At which particular facility within Florida were the deliberations convened?",  # a venue: none
        # the clue's words are no part of what is asked: no venue is named
        "Somewhere in the Sunshine State a room was booked for the talks. Name the exact venue that "
        "played host.",
        "Did Umerov resign?",  # he was appointed; a name and a verb alone, read off another's resignation
        "Did Rubio resign?",
        "Was Yermak appointed?",  # the passive: he is the one appointed, which nobody says
        "Currently, is Yermak the chief negotiator, and if so, since when?",
        "Yermak stepped down and Umerov replaced him; what job does Yermak hold these days?",
        "Rubio called the talks productive; who succeeded him as Secretary of State?",  # not the context
        "The delegations met in Florida; at which hotel did they meet?",
        "Find out the exact date Umerov took up the post.",
        "Please summarise any statement made by Putin about the Florida talks.",  # he made none
        "In Florida, what building or place were the talks held in?",  # a building: none is named
        "In which specific building or venue in Florida were the negotiations held?",
        "Who became Secretary of State instead of Rubio?",  # who replaced him: nobody the article names
        "Now that Rubio is no longer Secretary of State, who took over the job?",
        "Given that US envoys are set to meet Putin, what has he said about the Florida talks?",
        "In Florida, which building hosted the talks?",
        "Didn't Putin say something about the Florida talks? What was it?",
        "Which official called the talks unproductive?",  # Rubio called them productive
        "Who said no more work is needed?",  # he said more is
        "Yermak resigned and Umerov took over, so what position does Yermak have now?",
        "Andriy Yermak, whose resignation came before Umerov's appointment, has what job now?",
    ],
)
def test_no_answer_when_the_article_does_not_say(qa: QuestionAnswerer, question: str) -> None:
    answer = qa.ask(question)
    assert not answer.answered
    assert answer.answers == []
    assert "does not say" in answer.message


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Who will meet Merkel?", "Merkel"),
        ("Did Boris Johnson attend the Florida talks?", "Boris Johnson"),
        ("Which envoy will meet Xi?", "Xi"),
        ("Who leads France's delegation?", "France"),
        ("Did NATO send troops to Ukraine?", "NATO"),
    ],
)
def test_a_name_the_graph_does_not_know_is_named_in_the_refusal(
    qa: QuestionAnswerer, question: str, named: str
) -> None:
    """A capitalised name the graph does not know, nor as a typo of one it knows: whatever the
    rest of the question would match, the article says nothing of it."""
    answer = qa.ask(question)
    assert not answer.answered
    assert answer.message == f"The article does not say anything about {named}."


@pytest.mark.parametrize(
    "question",
    [
        "Who Leads Ukraine's Delegation?",  # title case: the capitals name nothing
        "what is Umarovs job title on the security councel",  # a typo of a name, no apostrophe
        'The "Main Goals of Negotiations" row lists which long-term aims for Ukraine?',  # a quoted row
    ],
)
def test_capitals_of_known_names_typos_and_quoted_headings_are_no_unknown_name(
    qa: QuestionAnswerer, question: str
) -> None:
    assert qa.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "Was the leaked peace plan a Russian proposal?",  # a US plan
        "did rubio call the talks a failure",  # he called them productive
        "is it true that andriy yermak led the ukrainian side in florida",  # Umerov did
        "Has it been confirmed that Kushner will meet Putin?",  # only possibly
        "did yermak lead ukraines team in florida",
        "did yermak replace umerov",  # the other way round
        "was umerov replaced by yermak",
        "did yermak succeed umerov",
        "was the territorial issue settled during the talks in florida",  # a status is asked, not where
        "did the us leak the plan?",  # a US plan was leaked; by whom, the article does not say
        "did the negotiations bring a settlement of the land dispute",  # one could come of them, no more
        "did the talks favour russian interests",  # the leaked plan was seen to; of the talks nothing is said
        "did andriy yermak lead kyiv's delegation at the talks convened in florida",  # where it met: not him
        "does europe send troops to ukraine?",  # aid, yes; troops, the article does not say
        "was yermak appointed?",  # the post he left is new to Umerov, not to him
        "does the article give the date of umerov's appointment?",  # that he is new is no date
        "did yermak lead the delegation?",
        # a thing named far from what the path says: Europe's aid comes nowhere near Russia
        "Does Europe provide military aid to Russia?",
        "Is military aid among the things Europe provides to Russia?",
        # a post of another country than the one named: the US secretary of state is not Ukraine's
        "Is Rubio the secretary of state of Ukraine?",
        # a place the question sets it in, which the path does not reach
        "Did Witkoff meet Putin in Florida?",
        "Was Kushner part of the talks in Moscow?",
        # a person reached only by a detour: the one who replaced Yermak stressed the talks' priorities
        "Florida talks Ukrainian lead: Yermak?",
        "Florida_talks.ukrainian_lead == Yermak ? (yes/no)",
    ],
)
def test_never_a_false_yes(qa: QuestionAnswerer, question: str) -> None:
    """Where the graph says otherwise, 'no' is right and 'the article does not say' honest;
    'yes' is the one wrong answer."""
    answer = qa.ask(question)
    assert not answer.answered or answer.answers[0]["label"] != "yes", answer.message


@pytest.mark.parametrize(
    "question",
    [
        "did ukraine see the 28-point plan as leaning toward moscow",  # Moscow, a city, for Russia
        "Did the meetings between US and Ukrainian officials take place in Florida?",
        "Was the leaked plan seen as tilted toward Russia?",
        "Did the US and the EU make commitments to Ukraine?",  # as Western allies
        # 'part of' a country names a step to its posts, whose holders are not what is asked
        "Was Kushner part of the American side at the Florida negotiations?",
        "Did Umerov thank the US for its support?",  # a path through the US, on to Ukraine, is no 'no'
    ],
)
def test_never_a_false_no(qa: QuestionAnswerer, question: str) -> None:
    """A thing of another kind than the answer (a city for a country, a group among people) is
    no contradiction."""
    answer = qa.ask(question)
    assert not answer.answered or answer.answers[0]["label"] != "no", answer.message


@pytest.mark.parametrize("question", ["", "   ", "\n\t"])
def test_empty_question(qa: QuestionAnswerer, question: str) -> None:
    answer = qa.ask(question)
    assert not answer.answered and answer.message


def test_very_long_question_is_refused_with_a_message(qa: QuestionAnswerer) -> None:
    answer = qa.ask("who leads " * 5000)
    assert not answer.answered
    assert str(MAX_QUESTION_CHARS) in answer.message


HOSTILE = [
    'who leads "Ukraine" } UNION { ?s ?p ?o } #',
    "who leads Ukraine's delegation'; DROP ALL; --",
    "who leads\nUkraine's }\n delegation {",
    "<http://example.org/x> who leads ?s ?p ?o",
    "FILTER(true) } SELECT * WHERE { ?s ?p ?o",
    'tell me about "\\u0022 } INSERT DATA { <a> <b> <c> }',
]


@pytest.mark.parametrize("question", HOSTILE)
def test_question_text_never_reaches_the_sparql(qa: QuestionAnswerer, store: Store, question: str) -> None:
    before = len(store)
    answer = qa.ask(question)
    assert len(store) == before
    for fragment in re.findall(r"[{}\"<>?#;]+\S*", question):
        if fragment.strip('{}"<>?#;'):
            assert fragment not in answer.sparql
    if answer.sparql:
        store.query(answer.sparql)  # what was built parses and runs


@pytest.mark.parametrize("text", ['a"b', "x\ny", "} UNION {", "back\\slash", "'single'"])
def test_literals_are_escaped(store: Store, text: str) -> None:
    result = store.query(f"SELECT ?v WHERE {{ BIND({literal(text)} AS ?v) }}")
    assert next(iter(result.raw))["v"] == ox.Literal(text)


@pytest.mark.parametrize(
    ("text", "stem", "found"),
    [
        ("set a precedent", "set", True),
        ("a settlement of the dispute", "set", False),  # a longer word that starts the same
        ("a robust recovery plan", "recoveri", True),  # a stem's 'i' for the word's 'y'
        ("more work remains", "remain", True),
        ('a "quoted" } UNION { text', 'd" } union {', True),  # other characters: looked for as they are
    ],
)
def test_text_filters_find_whole_words(store: Store, text: str, stem: str, found: bool) -> None:
    query = f"SELECT ?t WHERE {{ BIND({literal(text)} AS ?t) FILTER({says_word('?t', stem)}) }}"
    assert bool(list(store.query(query).raw)) is found


def test_answers_carry_evidence_from_the_article(qa: QuestionAnswerer) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    for question, _ in ANSWERED[:8]:
        answer = qa.ask(question)
        assert answer.evidence, question
        for item in answer.evidence:
            assert item["quote"] in text and item["sentence"] in text
            assert item["source"] == "https://w3id.org/diplomacy/article/russia-ukraine-florida-talks"


def test_the_answer_shows_its_sparql(qa: QuestionAnswerer) -> None:
    answer = qa.ask("who leads Ukraine's delegation?")
    assert answer.sparql.lstrip().startswith("PREFIX")
    assert "<https://w3id.org/diplomacy/ontology#leads>" in answer.sparql


def test_ask_json_has_the_documented_shape() -> None:
    result = run_kgqa("ask", "who leads Ukraine's delegation?", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"question", "answered", "answers", "evidence", "sparql", "message"}
    assert data["answers"][0] == {
        "label": "Rustem Umerov",
        "iri": "https://w3id.org/diplomacy/id/rustem-umerov",
        "kind": "entity",
    }
    assert set(data["evidence"][0]) >= {"quote", "source"}


def test_ask_prints_the_answer_and_evidence() -> None:
    result = run_kgqa("ask", "where were the talks held")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Florida")
    assert "evidence:" in result.stdout


@pytest.mark.parametrize(
    ("predicted", "gold", "f1"),
    [
        (["Rustem Umerov"], [["Rustem Umerov", "Umerov"]], 1.0),
        (["the Umerov"], [["Rustem Umerov", "Umerov"]], 1.0),
        (["Umerov", "Yermak"], [["Rustem Umerov", "Umerov"]], 2 / 3),
        ([], [["x"]], 0.0),
        ([], [], 1.0),
        (["anything"], [], 0.0),
        (["Witkoff"], [["Steve Witkoff", "Witkoff"], ["Jared Kushner", "Kushner"]], 2 / 3),
    ],
)
def test_scoring(predicted: list[str], gold: list[list[str]], f1: float) -> None:
    assert score_one("q", "q", predicted, gold).f1 == pytest.approx(f1)


def test_normalise() -> None:
    assert normalise("The U.S.") == normalise("u s") == "u s"
    assert normalise("Ukraine’s sovereignty") == normalise("ukraine sovereignty")


def test_eval_prints_failures_and_macro_f1(tmp_path) -> None:
    questions = tmp_path / "q.json"
    questions.write_text(
        json.dumps(
            {
                "questions": [
                    {
                        "id": "a",
                        "question": "who leads Ukraine's delegation?",
                        "answers": [["Rustem Umerov"]],
                    },
                    {"id": "b", "question": "On which date was Umerov named?", "answers": []},
                    {
                        "id": "c",
                        "question": "who leads Ukraine's delegation?",
                        "answers": [["Somebody Else"]],
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    result = run_kgqa("eval", str(questions))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "macro F1 0.667 over 3 questions"
    assert any(line.startswith("c  F1 0.00") for line in lines)


def test_eval_of_a_missing_or_bad_file_is_one_line(tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    for path in (str(bad), str(tmp_path / "missing.json")):
        result = run_kgqa("eval", path)
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_yes_names_its_items_in_the_same_order_on_every_store(qa: QuestionAnswerer) -> None:
    answer = qa.ask("Does Europe give aid to Ukraine?")
    assert answer.message == "Yes: the article names humanitarian aid and military aid."
    named = qa.ask("Is military aid among Europe's contributions to Ukraine?")
    assert named.message == "Yes: the article names military aid."  # what was asked about


def test_typos_are_mended_only_into_the_lexicon_s_words(qa: QuestionAnswerer) -> None:
    spelled = qa.lexicon.spelled
    assert spelled("commnets") == "comments"  # English's likeliest word, one the lexicon has
    assert spelled("suport") == "support"
    assert spelled("listed") == "listed"  # an English word is no typo of 'lasted'
    assert spelled("proactive") == "proactive"  # nor of 'productive'
    assert spelled("zxqwvbn") == "zxqwvbn"  # nothing near: as typed
    assert spelled("leakd") in ("leak", "leaked")  # not "lead": a mend keeps the first letters
    assert spelled("coments") == "comments"  # not the commoner 'moments', which the lexicon lacks


def test_a_meeting_s_terms_are_not_what_someone_said(qa: QuestionAnswerer) -> None:
    question = qa.reader.read("priorities in the latest round's terms")
    assert question.verb != "say"  # a round says nothing; 'Rubio's terms' would be his words
    assert qa.reader.read("rubio's words on the talks").verb == "say"


def test_the_head_of_keywords_comes_before_a_phrasal_verb(qa: QuestionAnswerer) -> None:
    assert qa.reader.read("main issues set out for the negotiations").type_words == {"issu"}
