"""Generate the bundled sample event's registration spreadsheet.

The event is the real conference "Digital Technology: An unprecedented
opportunity for the prevention of trafficking" (Geneva, 18 October 2018).
The people named in the programme appear with their programme roles; every
other registrant is fictitious and generated deterministically from a fixed
seed.  All e-mail addresses are on example.org (or one of its subdomains).

Usage:
    python resources/sample/make_sample.py [--output PATH] [--programme PATH]

Writes ``geneva-2018-registrations.xlsx`` beside this script by default, and
``geneva-2018-programme.xlsx``: the day's sessions as the published programme
gives them (time, title, room, people, role), for ``checkin programme --import``.
Only openpyxl and the standard library are needed.
"""

from __future__ import annotations

import argparse
import random
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

SEED = 20181018
HERE = Path(__file__).resolve().parent
DEFAULT_OUTPUT = HERE / "geneva-2018-registrations.xlsx"
DEFAULT_PROGRAMME = HERE / "geneva-2018-programme.xlsx"

HEADER = [
    "Registered at",
    "Title",
    "First name",
    "Last name",
    "Job title",
    "Organisation",
    "Organisation type",
    "Country",
    "Email",
    "Category",
    "Language",
    "Notes",
    "Needs",
    "Delegation",
]

REGISTRATION_OPENS = datetime(2018, 9, 3, 0, 0)
REGISTRATION_DEADLINE = datetime(2018, 10, 11, 23, 59, 59)
CAPACITY = 300
TOTAL_ROWS = 316  # exceeds the capacity, so first-come-first-served leaves a waitlist
LATE_ROWS = 8  # registrations received after the deadline (12-16 October)

GOV = "Government"
MISSION = "Permanent mission"
IO = "International organisation"
NGO = "NGO"
PRIVATE = "Private sector"
ACADEMIA = "Academia"
MEDIA = "Media"
ORGANISER = "Organiser"

# ---------------------------------------------------------------------------
# Name pools.  Each culture: (male given names, female given names,
# family names, preferred language, probability of choosing French).
# A family name may be a (male form, female form) tuple.
# ---------------------------------------------------------------------------
CULTURES: dict[str, dict] = {
    "ch_de": dict(
        m=["Lukas", "Reto", "Urs", "Beat", "Matthias", "Daniel", "Thomas", "Stefan",
           "Hans-Peter", "Andreas", "Martin", "Christoph", "Jürg", "Samuel", "Adrian"],
        f=["Barbara", "Ursula", "Regula", "Corinne", "Sabine", "Nadja", "Andrea",
           "Franziska", "Katrin", "Maria", "Monika", "Simone", "Jasmin", "Anna-Lena"],
        last=["Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider",
              "Brunner", "Zürcher", "Bühler", "Gerber", "Käser", "Wüthrich", "Hänggi",
              "Baumgartner", "Müller-Schmid", "Ammann", "Egger", "Frei", "Steiner",
              "Lüthi", "Zbinden", "Gisler", "von Allmen", "Imhof"],
        fr=0.15,
    ),
    "ch_fr": dict(
        m=["Jean-Pierre", "Laurent", "Olivier", "Nicolas", "Pierre-Alain", "Christophe",
           "Yves", "Julien", "Frédéric", "Mathieu", "Cédric", "Jean-Marc", "Raphaël"],
        f=["Anne-Marie", "Nathalie", "Valérie", "Sophie", "Isabelle", "Céline",
           "Mélanie", "Joëlle", "Marie-Claire", "Aurélie", "Maria", "Sandrine",
           "Noémie"],
        last=["Favre", "Rochat", "Morand", "Perrin", "Bonvin", "Jaquet",
              "Dubois-Ferrière", "Pittet", "Rey", "Monnier", "Vuilleumier", "Cuendet",
              "Chappuis", "Fournier", "Zufferey", "Theytaz", "Berthod",
              "Gay-des-Combes", "de Montmollin", "Ducommun"],
        fr=0.93,
    ),
    "ch_it": dict(
        m=["Marco", "Luca", "Giorgio", "Fabio", "Alessandro", "Matteo", "Gianluca"],
        f=["Giulia", "Francesca", "Chiara", "Maria", "Elena", "Sara", "Raffaella"],
        last=["Bernasconi", "Fontana", "Pedrazzini", "Cattaneo", "Dell'Orto", "Lurati",
              "Quadri", "Snozzi", "Gianella", "Beffa", "Lepori"],
        fr=0.5,
    ),
    "ch_rm": dict(
        m=["Gian", "Curdin", "Men", "Duri", "Flurin", "Claudio"],
        f=["Ladina", "Mengia", "Seraina", "Annatina", "Flurina"],
        last=["Caduff", "Cathomen", "Derungs", "Casutt", "Tscharner", "Candinas",
              "Vincenz", "Gadient"],
        fr=0.1,
    ),
    "fr": dict(
        m=["Thomas", "Antoine", "Guillaume", "François", "Hervé", "Jean-Baptiste",
           "Rémi", "Loïc", "Jean-Yves"],
        f=["Camille", "Léa", "Élodie", "Hélène", "Margaux", "Françoise", "Maëlle",
           "Agnès", "Marie-Hélène"],
        last=["Lefèvre", "Girard", "Moreau", "Dupont", "Lambert", "Rousseau", "Bérard",
              "Lemaître", "Chevalier", "Mercier", "Faure", "de Villiers",
              "Le Goff", "d'Aubigné"],
        fr=0.95,
    ),
    "be": dict(
        m=["Pieter", "Koen", "Thibault", "Jean-Luc", "Wouter"],
        f=["Annelies", "Sofie", "Anne-Sophie", "Els", "Delphine"],
        last=["De Smet", "Van den Broeck", "Peeters", "Janssens", "Dumont",
              "Lejeune", "Vandenberghe"],
        fr=0.65,
    ),
    "de": dict(
        m=["Jürgen", "Karl-Heinz", "Jörg", "Günther", "Maximilian", "Tobias",
           "Florian", "Dietmar"],
        f=["Anja", "Birgit", "Jana", "Kathrin", "Lena", "Dörte", "Sabine", "Jutta"],
        last=["Weiß", "Groß", "Strauß", "Voß", "Krüger", "Schäfer", "Böhm", "Köhler",
              "Schröder", "Hoffmann", "Müller", "Oßwald"],
        fr=0.05,
    ),
    "nordic": dict(
        m=["Søren", "Bjørn", "Lars", "Magnus", "Anders", "Jens", "Ørjan"],
        f=["Åsa", "Ingrid", "Sigrid", "Kirsten", "Mette", "Astrid", "Solveig"],
        last=["Sørensen", "Kjær", "Østergaard", "Åkesson", "Lindqvist", "Bækgaard",
              "Nygård", "Dahl", "Bjørnstad", "Løvås"],
        fr=0.05,
    ),
    "fi": dict(
        m=["Mikko", "Juha", "Antti", "Jukka"],
        f=["Aino", "Satu", "Päivi", "Riikka"],
        last=["Virtanen", "Korhonen", "Mäkinen", "Järvinen", "Heikkilä", "Lähteenmäki"],
        fr=0.0,
    ),
    "pl": dict(
        m=["Paweł", "Łukasz", "Michał", "Wojciech", "Tomasz", "Grzegorz"],
        f=["Małgorzata", "Agnieszka", "Katarzyna", "Zofia", "Żaneta", "Joanna"],
        last=["Nowak", "Wróbel", "Łuczak", "Żak", "Kowalczyk", "Mazur",
              ("Wiśniewski", "Wiśniewska"), ("Śliwiński", "Śliwińska"),
              ("Dąbrowski", "Dąbrowska")],
        fr=0.1,
    ),
    "cz": dict(
        m=["Jiří", "Tomáš", "Petr", "Ondřej", "Lukáš"],
        f=["Kateřina", "Lenka", "Jana", "Tereza", "Zuzana"],
        last=[("Dvořák", "Dvořáková"), ("Novotný", "Novotná"), ("Černý", "Černá"),
              ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
              ("Svoboda", "Svobodová")],
        fr=0.1,
    ),
    "tr": dict(
        m=["Mehmet", "Emre", "Oğuz", "Barış", "Kağan", "Mustafa"],
        f=["Ayşe", "Elif", "Zeynep", "Gülşen", "Şule", "Yıldız"],
        last=["Yılmaz", "Kaya", "Doğan", "Şahin", "Çelik", "Aydın", "Öztürk", "Güneş",
              "Kılıç"],
        fr=0.2,
    ),
    "vn": dict(
        m=["Văn Minh", "Đức Anh", "Quốc Bảo", "Tuấn", "Hữu Phước"],
        f=["Thị Hương", "Thu Trang", "Ngọc Anh", "Thị Mai", "Phương Linh"],
        last=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"],
        fr=0.35,
    ),
    "es": dict(
        m=["José Luis", "Carlos", "Alejandro", "Juan Pablo", "Diego", "Jorge",
           "Ignacio"],
        f=["María José", "Lucía", "Carmen", "Ana", "María", "Daniela", "Paola",
           "María Fernanda"],
        last=["García López", "Fernández de la Vega", "Rodríguez Pérez",
              "Martínez Soto", "Gutiérrez Ortega", "de la Torre Mendoza",
              "Sánchez Villalobos", "Ramírez del Castillo", "Muñoz Ibáñez"],
        fr=0.35,
    ),
    "bo": dict(
        m=["Juan Carlos", "Álvaro", "Evaristo", "Rubén"],
        f=["Nélida", "Ximena", "Rosa María", "Gabriela"],
        last=["Quispe Mamani", "Choque Condori", "Flores Apaza", "Mamani Huanca",
              "Vargas de la Quintana"],
        fr=0.1,
    ),
    "pt": dict(
        m=["João", "Pedro", "Tiago", "Rui", "Luís", "Rodrigo"],
        f=["Ana Catarina", "Inês", "Mariana", "Beatriz", "Maria", "Fernanda"],
        last=["dos Santos", "da Silva Pereira", "Ferreira dos Santos", "Gonçalves",
              "Araújo", "de Sousa Mendes", "Conceição"],
        fr=0.45,
    ),
    "nl": dict(
        m=["Jeroen", "Pieter", "Bram", "Joost", "Sander", "Maarten"],
        f=["Marieke", "Saskia", "Femke", "Ingrid", "Lotte", "Anouk"],
        last=["van der Berg", "de Vries", "van Dijk", "van der Meer", "de Jong",
              "Verhoeven", "van den Heuvel", "ter Horst"],
        fr=0.05,
    ),
    "ie": dict(
        m=["Ciarán", "Seán", "Eoin", "Pádraig", "Cathal"],
        f=["Siobhán", "Aoife", "Niamh", "Órla", "Caoimhe"],
        last=["O'Brien", "O'Sullivan", "MacCarthy", "Kavanagh", "Byrne",
              ("Ó Briain", "Ní Bhriain"), ("Mac Giolla Phádraig", "Nic Giolla Phádraig")],
        fr=0.0,
    ),
    "en": dict(
        m=["James", "David", "Michael", "Robert", "Andrew", "Matthew"],
        f=["Sarah", "Emily", "Rachel", "Catherine", "Jennifer", "Hannah"],
        last=["Smith", "Thompson", "Walker", "Hughes", "Patel", "Robinson",
              "Fitzgerald", "Holloway", "Bennett"],
        fr=0.02,
    ),
    "maghreb": dict(
        m=["Mohamed", "Karim", "Youssef", "Mehdi", "Rachid", "Mohammed"],
        f=["Fatima", "Leïla", "Samira", "Nadia", "Amina", "Myriam"],
        last=["Benali", "El Amrani", "Bouazizi", "Haddad", "Ben Salah", "Cherif",
              "Zerrouki", "Ait Ouarab"],
        fr=0.85,
    ),
    "arab": dict(
        m=["Mohamed", "Mohammed", "Ahmed", "Omar", "Khalid", "Tariq"],
        f=["Layla", "Noor", "Rania", "Huda", "Maryam", "Dina"],
        last=["Al-Hashimi", "Al Mansouri", "Abdel Rahman", "Saleh", "El-Sayed",
              "Al-Khatib", "Abu Zaid"],
        fr=0.25,
    ),
    "af_en": dict(
        m=["Chinedu", "Oluwaseun", "Kwame", "Emeka", "Tendai", "Mohamed"],
        f=["Ngozi", "Amara", "Wanjiru", "Abena", "Chiamaka", "Grace"],
        last=["Okonkwo", "Adeyemi", "Mensah", "Kamau", "Otieno", "Mutasa",
              "Asante-Boateng"],
        fr=0.05,
    ),
    "af_fr": dict(
        m=["Mamadou", "Ibrahima", "Cheikh", "Moussa", "Jean-Baptiste"],
        f=["Aminata", "Fatou", "Awa", "Mariama", "Marie-Noëlle"],
        last=["Diop", "N'Diaye", "Sow", "Traoré", "Koné", "Ouédraogo", "Diallo",
              "Fall", "Kouassi"],
        fr=0.9,
    ),
    "s_asia": dict(
        m=["Rajesh", "Arjun", "Imran", "Sanjay", "Mohammad"],
        f=["Priya", "Ananya", "Farah", "Lakshmi", "Meera"],
        last=["Sharma", "Iyer", "Chaudhry", "Banerjee", "Rahman", "Krishnamurthy"],
        fr=0.03,
    ),
    "ru": dict(
        m=["Dmitry", "Sergey", "Alexey", "Nikolai"],
        f=["Olga", "Natalia", "Ekaterina", "Irina"],
        last=[("Ivanov", "Ivanova"), ("Sokolov", "Sokolova"), ("Kuznetsov", "Kuznetsova")],
        fr=0.2,
    ),
    "ua": dict(
        m=["Oleksandr", "Andriy", "Taras"],
        f=["Olena", "Oksana", "Iryna"],
        last=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachuk"],
        fr=0.1,
    ),
    "gr": dict(
        m=["Georgios", "Nikolaos", "Konstantinos", "Dimitrios"],
        f=["Maria", "Eleni", "Aikaterini", "Sofia"],
        last=[("Papadopoulos", "Papadopoulou"), ("Georgiou", "Georgiou"),
              ("Konstantinidis", "Konstantinidou")],
        fr=0.3,
    ),
    "cn": dict(
        m=["Wei", "Jun", "Hao"],
        f=["Fang", "Xiaoling", "Jing"],
        last=["Wang", "Li", "Zhang", "Chen"],
        fr=0.05,
    ),
    "jp": dict(
        m=["Kenji", "Hiroshi", "Takeshi"],
        f=["Yuki", "Aiko", "Haruka"],
        last=["Tanaka", "Suzuki", "Yamamoto", "Watanabe"],
        fr=0.1,
    ),
    "kr": dict(
        m=["Min-jun", "Ji-ho", "Sung-min"],
        f=["Seo-yeon", "Ji-woo", "Hye-jin"],
        last=["Kim", "Lee", "Park", "Choi"],
        fr=0.05,
    ),
}

INTERNATIONAL = ["ch_de", "ch_fr", "ch_fr", "ch_it", "fr", "fr", "af_fr", "maghreb", "be", "de", "nordic", "fi", "pl",
                 "cz", "tr", "vn", "es", "pt", "nl", "ie", "en", "maghreb", "arab",
                 "af_en", "af_fr", "s_asia", "ru", "ua", "gr", "cn", "jp", "kr", "bo"]
SWISS = ["ch_de", "ch_de", "ch_fr", "ch_fr", "ch_fr", "ch_fr", "ch_it", "ch_rm"]

# ---------------------------------------------------------------------------
# Organisations: (name, type, country, e-mail subdomain, cultures, weight)
# ---------------------------------------------------------------------------
MISSION_NAME = ("Permanent Mission of {} to the United Nations Office and other "
                "international organizations in Geneva")
MISSIONS = [
    ("the Plurinational State of Bolivia", "Bolivia", "bo-mission", ["bo"]),
    ("the Republic of Colombia", "Colombia", "co-mission", ["es"]),
    ("Mexico", "Mexico", "mx-mission", ["es"]),
    ("Spain", "Spain", "es-mission", ["es"]),
    ("the Federative Republic of Brazil", "Brazil", "br-mission", ["pt"]),
    ("Portugal", "Portugal", "pt-mission", ["pt"]),
    ("the Kingdom of the Netherlands", "Netherlands", "nl-mission", ["nl"]),
    ("Belgium", "Belgium", "be-mission", ["be"]),
    ("Ireland", "Ireland", "ie-mission", ["ie"]),
    ("the United Kingdom of Great Britain and Northern Ireland", "United Kingdom",
     "uk-mission", ["en"]),
    ("the Federal Republic of Germany", "Germany", "de-mission", ["de"]),
    ("France", "France", "fr-mission", ["fr"]),
    ("Denmark", "Denmark", "dk-mission", ["nordic"]),
    ("Norway", "Norway", "no-mission", ["nordic"]),
    ("Finland", "Finland", "fi-mission", ["fi"]),
    ("the Republic of Poland", "Poland", "pl-mission", ["pl"]),
    ("the Czech Republic", "Czech Republic", "cz-mission", ["cz"]),
    ("Turkey", "Turkey", "tr-mission", ["tr"]),
    ("the Socialist Republic of Viet Nam", "Viet Nam", "vn-mission", ["vn"]),
    ("the Kingdom of Morocco", "Morocco", "ma-mission", ["maghreb"]),
    ("Tunisia", "Tunisia", "tn-mission", ["maghreb"]),
    ("the Arab Republic of Egypt", "Egypt", "eg-mission", ["arab"]),
    ("the State of Qatar", "Qatar", "qa-mission", ["arab"]),
    ("the Federal Republic of Nigeria", "Nigeria", "ng-mission", ["af_en"]),
    ("the Republic of Kenya", "Kenya", "ke-mission", ["af_en"]),
    ("the Republic of Senegal", "Senegal", "sn-mission", ["af_fr"]),
    ("Côte d'Ivoire", "Côte d'Ivoire", "ci-mission", ["af_fr"]),
    ("India", "India", "in-mission", ["s_asia"]),
    ("the Islamic Republic of Pakistan", "Pakistan", "pk-mission", ["s_asia"]),
    ("the Russian Federation", "Russian Federation", "ru-mission", ["ru"]),
    ("Ukraine", "Ukraine", "ua-mission", ["ua"]),
    ("Greece", "Greece", "gr-mission", ["gr"]),
    ("the People's Republic of China", "China", "cn-mission", ["cn"]),
    ("Japan", "Japan", "jp-mission", ["jp"]),
    ("the Republic of Korea", "Republic of Korea", "kr-mission", ["kr"]),
    ("the Principality of Liechtenstein", "Liechtenstein", "li-mission", ["ch_de"]),
    ("Luxembourg", "Luxembourg", "lu-mission", ["fr", "de"]),
    ("the Principality of Monaco", "Monaco", "mc-mission", ["fr"]),
    ("Canada", "Canada", "ca-mission", ["en", "fr"]),
    ("the Republic of Haiti", "Haiti", "ht-mission", ["af_fr"]),
    ("the Republic of Cameroon", "Cameroon", "cm-mission", ["af_fr", "af_en"]),
    ("the Republic of Mali", "Mali", "ml-mission", ["af_fr"]),
    ("Burkina Faso", "Burkina Faso", "bf-mission", ["af_fr"]),
    ("the Democratic Republic of the Congo", "Democratic Republic of the Congo",
     "cd-mission", ["af_fr"]),
    ("the People's Democratic Republic of Algeria", "Algeria", "dz-mission",
     ["maghreb"]),
    ("the Republic of Benin", "Benin", "bj-mission", ["af_fr"]),
]

ORGANISATIONS = [
    # Swiss federal and cantonal offices
    ("Federal Office of Police, fedpol", GOV, "Switzerland", "fedpol", SWISS, 14),
    ("State Secretariat for Migration, SEM", GOV, "Switzerland", "sem", SWISS, 10),
    ("Federal Department of Foreign Affairs, FDFA", GOV, "Switzerland", "fdfa",
     SWISS, 7),
    ("Swiss Agency for Development and Cooperation, SDC", GOV, "Switzerland", "sdc",
     SWISS, 3),
    ("State Secretariat for Economic Affairs, SECO", GOV, "Switzerland", "seco",
     SWISS, 3),
    ("Federal Office of Justice, FOJ", GOV, "Switzerland", "bj", SWISS, 2),
    ("Police cantonale genevoise", GOV, "Switzerland", "police.ge", ["ch_fr"], 9),
    ("Police cantonale vaudoise", GOV, "Switzerland", "police.vd", ["ch_fr"], 5),
    ("Police neuchâteloise", GOV, "Switzerland", "police.ne", ["ch_fr"], 2),
    ("Kantonspolizei Bern", GOV, "Switzerland", "police.be", ["ch_de"], 4),
    ("Kantonspolizei Zürich", GOV, "Switzerland", "kapo.zh", ["ch_de"], 4),
    ("Kantonspolizei Graubünden", GOV, "Switzerland", "kapo.gr", ["ch_rm", "ch_de"], 2),
    ("Polizia cantonale Ticino", GOV, "Switzerland", "polizia.ti", ["ch_it"], 2),
    ("Office cantonal de la population et des migrations (OCPM), Genève", GOV,
     "Switzerland", "ocpm.ge", ["ch_fr"], 4),
    ("Bureau de l'égalité, Canton de Vaud", GOV, "Switzerland", "egalite.vd",
     ["ch_fr"], 1),
    ("Bundeskriminalamt", GOV, "Germany", "bka", ["de"], 2),
    ("Ministère de l'Intérieur", GOV, "France", "interieur", ["fr"], 2),
    ("Home Office", GOV, "United Kingdom", "homeoffice", ["en"], 1),
    # International organisations
    ("International Organization for Migration (IOM)", IO, "Switzerland", "iom",
     INTERNATIONAL, 16),
    ("United Nations Office on Drugs and Crime (UNODC)", IO, "Austria", "unodc",
     INTERNATIONAL, 5),
    ("Office of the United Nations High Commissioner for Human Rights (OHCHR)", IO,
     "Switzerland", "ohchr", INTERNATIONAL, 8),
    ("International Labour Organization (ILO)", IO, "Switzerland", "ilo",
     INTERNATIONAL, 7),
    ("Office of the United Nations High Commissioner for Refugees (UNHCR)", IO,
     "Switzerland", "unhcr", INTERNATIONAL, 6),
    ("Organization for Security and Co-operation in Europe (OSCE)", IO, "Austria",
     "osce", INTERNATIONAL, 3),
    ("International Committee of the Red Cross (ICRC)", IO, "Switzerland", "icrc",
     INTERNATIONAL, 4),
    ("Council of Europe, GRETA Secretariat", IO, "France", "coe", INTERNATIONAL, 2),
    ("International Telecommunication Union (ITU)", IO, "Switzerland", "itu",
     INTERNATIONAL, 3),
    ("United Nations Children's Fund (UNICEF)", IO, "Switzerland", "unicef",
     INTERNATIONAL, 2),
    # NGOs
    ("ACT212", NGO, "Switzerland", "act212", ["ch_de", "ch_de", "ch_fr"], 4),
    ("FIZ Advocacy and Support for Migrant Women and Victims of Trafficking", NGO,
     "Switzerland", "fiz", ["ch_de", "ch_de", "es", "pt"], 4),
    ("Association Astrée", NGO, "Switzerland", "astree", ["ch_fr", "ch_fr", "af_fr"], 5),
    ("La Strada International", NGO, "Netherlands", "lastrada", ["nl", "pl", "cz", "ua"],
     2),
    ("Anti-Slavery International", NGO, "United Kingdom", "antislavery", ["en", "ie"], 3),
    ("Walk Free Foundation", NGO, "Australia", "walkfree", ["en", "ie", "s_asia"], 2),
    ("Centre Social Protestant Genève", NGO, "Switzerland", "csp",
     ["ch_fr", "ch_fr", "maghreb"], 4),
    ("Aspasie", NGO, "Switzerland", "aspasie", ["ch_fr", "pt", "es"], 2),
    ("Terre des hommes", NGO, "Switzerland", "tdh", ["ch_fr", "fr", "af_fr"], 4),
    ("Caritas Schweiz", NGO, "Switzerland", "caritas", ["ch_de", "ch_it"], 2),
    ("Heilsarmee / Armée du Salut", NGO, "Switzerland", "heilsarmee",
     ["ch_de", "ch_fr"], 2),
    ("Kinderschutz Schweiz / ECPAT Switzerland", NGO, "Switzerland", "kinderschutz",
     ["ch_de"], 2),
    ("Amnesty International, Section suisse", NGO, "Switzerland", "amnesty",
     ["ch_fr", "ch_de"], 2),
    ("Global Initiative against Transnational Organized Crime", NGO, "Switzerland",
     "globalinitiative", INTERNATIONAL, 2),
    ("DiploFoundation", NGO, "Switzerland", "diplo", INTERNATIONAL, 2),
    ("Plateforme Traite", NGO, "Switzerland", "plateforme-traite", ["ch_fr", "ch_de"], 2),
    # Private sector
    ("Swisscom", PRIVATE, "Switzerland", "swisscom", ["ch_de", "ch_de", "ch_fr"], 5),
    ("Microsoft", PRIVATE, "Switzerland", "microsoft", INTERNATIONAL, 3),
    ("British Telecommunications (BT)", PRIVATE, "United Kingdom", "bt", ["en", "ie"], 2),
    ("Nokia", PRIVATE, "Finland", "nokia", ["fi", "nordic"], 2),
    ("UBS", PRIVATE, "Switzerland", "ubs", ["ch_de", "en", "ch_fr"], 3),
    ("Credit Suisse", PRIVATE, "Switzerland", "credit-suisse", ["ch_de", "en"], 2),
    ("Banque Cantonale de Genève", PRIVATE, "Switzerland", "bcge", ["ch_fr"], 2),
    ("Pictet", PRIVATE, "Switzerland", "pictet", ["ch_fr", "en"], 1),
    ("Adecco Group", PRIVATE, "Switzerland", "adecco", ["ch_fr", "fr", "en"], 2),
    ("Sunrise Communications", PRIVATE, "Switzerland", "sunrise", ["ch_de"], 1),
    ("Salt Mobile", PRIVATE, "Switzerland", "salt", ["ch_fr"], 1),
    ("Google Switzerland", PRIVATE, "Switzerland", "google", INTERNATIONAL, 2),
    ("SGS", PRIVATE, "Switzerland", "sgs", ["ch_fr", "fr", "en"], 1),
    ("Deloitte", PRIVATE, "Switzerland", "deloitte", ["ch_de", "en", "ch_fr"], 1),
    # Academia
    ("Graduate Institute of International and Development Studies", ACADEMIA,
     "Switzerland", "graduateinstitute", INTERNATIONAL, 8),
    ("University of Geneva", ACADEMIA, "Switzerland", "unige",
     ["ch_fr", "ch_fr", "fr"] + INTERNATIONAL, 7),
    ("University of Bern", ACADEMIA, "Switzerland", "unibe", ["ch_de", "ch_de", "de"], 3),
    ("University of Lausanne", ACADEMIA, "Switzerland", "unil", ["ch_fr", "fr"], 2),
    ("University of Neuchâtel", ACADEMIA, "Switzerland", "unine", ["ch_fr"], 1),
    ("ETH Zürich", ACADEMIA, "Switzerland", "ethz", ["ch_de", "de", "cn"], 1),
    ("Webster University Geneva", ACADEMIA, "Switzerland", "webster", INTERNATIONAL, 1),
]

PRESS = [
    ("RTS Radio Télévision Suisse", "rts", ["ch_fr"]),
    ("SRF Schweizer Radio und Fernsehen", "srf", ["ch_de"]),
    ("RSI Radiotelevisione svizzera", "rsi", ["ch_it"]),
    ("Le Temps", "letemps", ["ch_fr"]),
    ("Tribune de Genève", "tdg", ["ch_fr"]),
    ("swissinfo.ch", "swissinfo", ["ch_de", "es", "pt", "ch_fr"]),
    ("Keystone-ATS", "keystone-ats", ["ch_fr", "ch_de"]),
    ("Neue Zürcher Zeitung", "nzz", ["ch_de"]),
]

JOBS = {
    GOV: ["Policy Officer", "Head of Section", "Scientific Collaborator", "Inspector",
          "Deputy Head of Unit", "Legal Adviser", "Programme Manager", "Detective Sergeant", "Diplomatic Officer",],
    MISSION: ["First Secretary", "Second Secretary", "Third Secretary", "Counsellor",
              "Attaché", "Minister Counsellor", "Human Rights Attaché", "Intern",
              "Deputy Permanent Representative"],
    IO: ["Programme Officer", "Associate Protection Officer",
         "Counter-Trafficking Specialist", "Human Rights Officer", "Consultant",
         "Senior Legal Officer", "Data Analyst", "Intern", "Migration Health Officer"],
    NGO: ["Director", "Project Coordinator", "Advocacy Officer", "Social Worker",
          "Volunteer", "Case Manager", "Fundraising Manager"],
    PRIVATE: ["Head of Corporate Responsibility", "Compliance Officer",
              "Senior Software Engineer", "Head of Public Affairs",
              "Financial Crime Analyst", "Sustainability Manager",
              "Data Protection Officer", "Account Manager"],
    ACADEMIA: ["PhD Candidate", "Professor", "Research Fellow", "Master's student",
               "Lecturer", "Research Assistant"],
    MEDIA: ["Journalist", "Correspondent", "Editor", "Photographer", "Producer",],
}

# French job titles, used for French-speaking registrants: (masculine, feminine).
JOBS_FR = {
    GOV: [("Juriste", "Juriste"), ("Responsable de projet", "Responsable de projet"),
          ("Inspecteur", "Inspectrice"), ("Chef de section", "Cheffe de section"),
          ("Collaborateur scientifique", "Collaboratrice scientifique")],
    MISSION: [("Premier secrétaire", "Première secrétaire"),
              ("Conseiller", "Conseillère"), ("Attaché", "Attachée"),
              ("Stagiaire", "Stagiaire")],
    IO: [("Chargé de programme", "Chargée de programme"),
         ("Consultant", "Consultante"), ("Stagiaire", "Stagiaire")],
    NGO: [("Coordinateur", "Coordinatrice"), ("Directeur", "Directrice"),
          ("Responsable du plaidoyer", "Responsable du plaidoyer"),
          ("Assistant social", "Assistante sociale"), ("Bénévole", "Bénévole")],
    PRIVATE: [("Responsable RSE", "Responsable RSE"),
              ("Chef de projet", "Cheffe de projet")],
    ACADEMIA: [("Professeur ordinaire", "Professeure ordinaire"),
               ("Doctorant", "Doctorante"), ("Assistant", "Assistante")],
    MEDIA: [("Journaliste", "Journaliste"),
            ("Rédacteur en chef adjoint", "Rédactrice en chef adjointe")],
}

NOTES = ["Wheelchair access", "Vegetarian", "Arrives 10:00",
         "Interpretation headset FR", "Interpretation headset EN", "Vegan",
         "Leaves at 12:30", "Gluten-free lunch", "Attends morning session only",
         "Arrives 10:00", "Halal meal", "Hearing loop, please"]

# Notes that are needs (access, interpretation, meals) go to the Needs column.
NEEDS = {"Wheelchair access", "Vegetarian", "Interpretation headset FR", "Interpretation headset EN", "Vegan",
         "Gluten-free lunch", "Halal meal", "Hearing loop, please"}

# ---------------------------------------------------------------------------
# The programme: people named in it, with their roles as published.
# (title, first, last, job title, organisation, type, country, email, category,
#  language, notes)
# ---------------------------------------------------------------------------
FDFA_ORG = "Federal Department of Foreign Affairs, FDFA"
IOM_BERN = "International Organization for Migration, IOM Bern"
PROGRAMME = [
    ("Ms", "Barbara", "Schedler Fischer", "Deputy Head of Human Security Division",
     FDFA_ORG, GOV, "Switzerland", "barbara.schedlerfischer@fdfa.example.org",
     "Speaker", "en", ""),
    ("Dr", "Jovan", "Kurbalija", "Executive Director and Co-Lead",
     "Secretariat of the UN Secretary-General's High Level Panel on Digital "
     "Cooperation", IO, "Switzerland", "jovan.kurbalija@un-digital.example.org",
     "Speaker", "en", ""),
    ("Mr", "Radu", "Cucos",
     "Assistant Officer on Combating Trafficking in Human Beings",
     "Organisation for Security and Cooperation in Europe, OSCE", IO, "Austria",
     "radu.cucos@osce.example.org", "Speaker", "en", ""),
    ("Mr", "Carlos Andrés", "Pérez", "GLO.ACT Project Officer",
     "United Nations Office on Drugs and Crime (UNODC)", IO, "Colombia",
     "carlosandres.perez@unodc.example.org", "Speaker", "en",
     "Video presentation, not attending in person"),
    ("Mr", "Philipp", "Zahn", "", "SRF", MEDIA, "Switzerland",
     "philipp.zahn@srf.example.org", "Moderator", "en", ""),
    ("Ms", "Sara", "Crowe", "Data Analysis Program Director", "Polaris", NGO,
     "United States", "sara.crowe@polaris.example.org", "Speaker", "en", ""),
    ("Mr", "Eric", "Anderson", "Head of Modern Slavery Programme",
     "British Telecommunications", PRIVATE, "United Kingdom",
     "eric.anderson@bt.example.org", "Panellist", "en", ""),
    ("Ms", "Anh", "Nguyen", "Head of Migrant Protection Assistance Division",
     "IOM Headquarters", IO, "Switzerland", "anh.nguyen@iom.example.org",
     "Panellist", "en", ""),
    ("M.", "Jean-Yves", "Art", "Senior Director Strategic Partnerships", "Microsoft",
     PRIVATE, "Belgium", "jean-yves.art@microsoft.example.org", "Panellist", "fr", ""),
    ("M.", "Sébastien", "Kulling",
     "Head of Suisse romande and Deputy Managing Director", "digitalswitzerland",
     PRIVATE, "Switzerland", "sebastien.kulling@digitalswitzerland.example.org",
     "Panellist", "fr", ""),
    ("Mr", "Pier", "Rossi-Longhi", "Chief of Mission", IOM_BERN, IO, "Switzerland",
     "pier.rossi-longhi@iom.example.org", "Speaker", "en", ""),
    ("Ms", "Emilie", "Ballestraz", "Registration and logistics", IOM_BERN, ORGANISER,
     "Switzerland", "eballestraz@iom.example.org", "Organiser", "fr", ""),
]

# The rest of the organising team (IOM Bern and FDFA staff); fictitious.
ORGANISING_TEAM = [
    ("Mme", "Léonie", "Chappuis", "Project Assistant, Counter-Trafficking", IOM_BERN,
     "fr", "iom"),
    ("Mr", "Dominik", "Gasser", "Communications Officer", IOM_BERN, "en", "iom"),
    ("Ms", "Nora", "Abdel Aziz", "Counter-Trafficking Programme Manager", IOM_BERN,
     "en", "iom"),
    ("Mr", "Jonas", "Heierli", "Intern", IOM_BERN, "en", "iom"),
    ("Mme", "Aurélie", "Mottier-Pasche",
     "Programme Officer, Human Security Division", FDFA_ORG, "fr", "fdfa"),
    ("Mr", "Thomas", "Wälchli", "Diplomatic Officer, Human Security Division",
     FDFA_ORG, "en", "fdfa"),
    ("Ms", "Chiara", "Bianchi-Zanetti", "Information bus coordinator", IOM_BERN,
     "en", "iom"),
]

# Hand-picked registrants that make sure the sample exercises awkward names.
# (title, first, last, email local part or None, org name, culture-less language,
#  job title, note)
SPECIALS = [
    # Very long names (> 40 characters in total)
    ("Ms", "María de los Ángeles", "Fernández de la Cruz y Goicoechea", None,
     "Spain", "en", "Counsellor", ""),
    ("Ms", "Ana Catarina", "dos Santos Figueiredo de Albuquerque", None,
     "Portugal", "fr", "Second Secretary", ""),
    # Heads of mission (fictitious)
    ("H.E.", "Nélida", "Choque Condori", None, "the Plurinational State of Bolivia",
     "en", "Ambassador, Permanent Representative", "Arrives 10:00"),
    ("H.E.", "Mamadou", "Diallo", None, "the Republic of Senegal", "fr",
     "Ambassadeur, Représentant permanent", ""),
    # Mononyms: the single name goes in Last name, First name stays empty.
    ("Ms", "", "Suharti", "suharti", "the Republic of Indonesia", "en", "First Secretary", ""),
    ("Mr", "", "Wiryono", "wiryono", "the Republic of Indonesia", "en", "", "Vegetarian"),
    # Cyrillic script
    ("Ms", "Ольга", "Смирнова", "olga.smirnova", "the Russian Federation", "en",
     "Third Secretary", ""),
    ("Mr", "Дмитрий", "Волков", "dmitry.volkov", "the Russian Federation", "en", "", ""),
    ("Ms", "Олена", "Коваленко", "olena.kovalenko", "Ukraine", "en", "Counsellor", ""),
    ("Mr", "Бојан", "Петровић", "bojan.petrovic", "the Republic of Serbia", "fr", "Attaché", ""),
    # Greek script
    ("Mr", "Γιώργος", "Παπαδόπουλος", "georgios.papadopoulos", "Greece", "fr",
     "First Secretary", ""),
    ("Ms", "Ελένη", "Κωνσταντίνου", "eleni.konstantinou", "Greece", "en", "", ""),
    ("Dr", "Αικατερίνη", "Δημητρίου", "aikaterini.dimitriou", "the Republic of Cyprus", "en",
     "Human Rights Attaché", "Vegetarian"),
    # Arabic script
    ("Mr", "محمد", "العلي", "mohamed.alali", "the State of Qatar", "en", "", ""),
    ("Ms", "فاطمة", "حداد", "fatima.haddad", "the Arab Republic of Egypt", "en",
     "Second Secretary", ""),
    ("Mme", "ليلى", "منصور", "leila.mansour", "Lebanon", "fr", "", ""),
    # CJK (family name in Last name)
    ("Ms", "芳", "王", "wang.fang", "the People's Republic of China", "en",
     "Third Secretary", ""),
    ("Mr", "伟", "李", "li.wei", "the People's Republic of China", "en", "", ""),
    ("Mr", "健一", "田中", "tanaka.kenichi", "Japan", "en", "First Secretary", ""),
    ("Ms", "花子", "佐藤", "sato.hanako", "Japan", "fr", "", ""),
    ("Mr", "민준", "김", "kim.minjun", "the Republic of Korea", "en", "Counsellor", ""),
    ("Ms", "서연", "이", "lee.seoyeon", "the Republic of Korea", "en", "", ""),
]

# Hand-picked registrants in organisations (not missions).
SPECIAL_STAFF = [
    # (title, first, last, org name, language, job title, note, email override)
    ("Mr", "Jürgen", "Weiß", "Bundeskriminalamt", "en", "Kriminalhauptkommissar", "",
     None),
    ("Ms", "Annegret", "Strauß", "University of Bern", "en", "Research Fellow", "",
     None),
    ("Mr", "Søren", "Østergaard", "Nokia", "en", "Head of Public Affairs", "", None),
    ("Ms", "Małgorzata", "Łuczak", "La Strada International", "en",
     "Programme Coordinator", "Wheelchair access", None),
    ("Mr", "Pieter", "van der Meer", "International Labour Organization (ILO)", "en",
     "Senior Legal Officer", "", None),
    ("Ms", "Siobhán", "Ní Bhriain", "Anti-Slavery International", "en",
     "Advocacy Officer", "", None),
    ("Mr", "Ciarán", "O'Brien", "Walk Free Foundation", "en", "", "", None),
    ("Ms", "Aoife", "Mac Giolla Phádraig", "Office of the United Nations High "
     "Commissioner for Human Rights (OHCHR)", "en", "Human Rights Officer", "", None),
    ("Mr", "Barış", "Yılmaz", "International Organization for Migration (IOM)", "en",
     "Data Analyst", "", None),
    ("Ms", "Ayşe", "Doğan", "Graduate Institute of International and Development "
     "Studies", "en", "PhD Candidate", "", None),
    ("Ms", "Thị Hương", "Nguyễn", "International Organization for Migration (IOM)",
     "fr", "Programme Officer", "", None),
    ("Mme", "Anne-Marie", "Dubois-Ferrière", "Police cantonale genevoise", "fr",
     "Inspectrice principale", "Interpretation headset FR", None),
    ("M.", "Jean-Yves", "Lefèvre", "Ministère de l'Intérieur", "fr", "", "", None),
    ("Mr", "Mohamed", "Benali", "Association Astrée", "fr", "Social Worker", "", None),
    ("Mr", "Mohamed", "Abdel Rahman", "United Nations Office on Drugs and Crime (UNODC)",
     "en", "Programme Officer", "Halal meal", None),
    ("Ms", "Maria", "Bernasconi", "Polizia cantonale Ticino", "fr", "", "", None),
    ("Ms", "Maria", "Gonçalves", "Aspasie", "fr", "Médiatrice culturelle", "", None),
    ("Mr", "Luca", "D'Amico", "International Telecommunication Union (ITU)", "en",
     "", "", None),
    ("Mme", "Aminata", "N'Diaye", "Terre des hommes", "fr", "Chargée de programme",
     "", None),
    ("Ms", "Lucía", "de la Torre Mendoza", "Office of the United Nations High "
     "Commissioner for Refugees (UNHCR)", "en", "Associate Protection Officer", "",
     None),
    ("Ms", "Ingrid", "Bækgaard Løvås", "Walk Free Foundation", "en", "Research Fellow",
     "", None),
    ("Mr", "Curdin", "Caduff", "Kantonspolizei Graubünden", "en", "", "", None),
    # Mixed-case e-mail addresses, as people sometimes type them
    ("M.", "Jean-Pierre", "Favre", "Police cantonale vaudoise", "fr", "Commissaire",
     "", "Jean-Pierre.Favre@police.vd.example.org"),
    ("Ms", "Regula", "Zürcher", "State Secretariat for Migration, SEM", "en", "", "",
     "Regula.Zuercher@sem.example.org"),
    ("Mr", "Andrew", "McAllister", "British Telecommunications (BT)", "en",
     "Security Architect", "", "Andrew.McAllister@bt.example.org"),
]

FOLD = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L",
    "ı": "i", "đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th",
})


def ascii_fold(text: str) -> str:
    """Lowercase ASCII rendering of a Latin-script name, for e-mail local parts."""
    text = text.translate(FOLD)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower().replace("'", "").replace(" ", "")
    return re.sub(r"[^a-z0-9.-]", "", text)


class Generator:
    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.emails: set[str] = set()
        self.names: set[tuple[str, str]] = set()

    # -- helpers -----------------------------------------------------------
    def unique_email(self, local: str, domain: str) -> str:
        candidate = f"{local}@{domain}"
        n = 2
        while candidate.lower() in self.emails:
            candidate = f"{local}{n}@{domain}"
            n += 1
        self.emails.add(candidate.lower())
        return candidate

    def claim(self, email: str) -> str:
        if email.lower() in self.emails:
            raise ValueError(f"duplicate e-mail {email}")
        self.emails.add(email.lower())
        return email

    def person_email(self, first: str, last: str, domain: str) -> str:
        local = ".".join(p for p in (ascii_fold(first), ascii_fold(last)) if p)
        return self.unique_email(local, domain)

    def title(self, female: bool, language: str, org_type: str, job: str) -> str:
        r = self.rng.random()
        if job.startswith(("Professor", "Professeur")):
            return "Prof"
        if org_type == ACADEMIA and r < 0.25:
            return "Dr"
        if org_type in (IO, NGO, GOV) and r < 0.08:
            return "Dr"
        if language == "fr":
            return "Mme" if female else "M."
        if female:
            return "Mrs" if self.rng.random() < 0.2 else "Ms"
        return "Mr"

    def language(self, culture: str) -> str:
        return "fr" if self.rng.random() < CULTURES[culture]["fr"] else "en"

    def note(self) -> str:
        return self.rng.choice(NOTES) if self.rng.random() < 0.07 else ""

    def job(self, org_type: str, language: str, female: bool) -> str:
        if self.rng.random() < 0.22:
            return ""  # participants often leave it out
        if language == "fr" and self.rng.random() < 0.6:
            return self.rng.choice(JOBS_FR[org_type])[1 if female else 0]
        return self.rng.choice(JOBS[org_type])

    def name(self, culture: str) -> tuple[bool, str, str]:
        pool = CULTURES[culture]
        for _ in range(50):
            female = self.rng.random() < 0.52
            first = self.rng.choice(pool["f"] if female else pool["m"])
            last = self.rng.choice(pool["last"])
            if isinstance(last, tuple):
                last = last[1] if female else last[0]
            if (first, last) not in self.names:
                self.names.add((first, last))
                return female, first, last
        raise RuntimeError(f"name pool {culture} exhausted")

    # -- rows --------------------------------------------------------------
    def random_participant(self) -> list:
        rng = self.rng
        kind = rng.random()
        if kind < 0.20:
            state, country, sub, cultures = rng.choice(MISSIONS)
            org, org_type, domain = MISSION_NAME.format(state), MISSION, sub
        elif kind < 0.235:
            org, sub, cultures = rng.choice(PRESS)
            org_type, country, domain = MEDIA, "Switzerland", sub
        else:
            weights = [o[5] for o in ORGANISATIONS]
            org, org_type, country, sub, cultures, _ = rng.choices(
                ORGANISATIONS, weights=weights)[0]
            domain = sub
        culture = rng.choice(cultures)
        female, first, last = self.name(culture)
        language = self.language(culture)
        job = self.job(org_type, language, female)
        if org_type == MISSION and rng.random() < 0.04:
            job = "Ambassador, Permanent Representative"
        title = "H.E." if job.startswith("Ambassador") else self.title(
            female, language, org_type, job)
        category = "Press" if org_type == MEDIA else "Participant"
        email = self.person_email(first, last, f"{domain}.example.org")
        return [None, title, first, last, job, org, org_type, country, email,
                category, language, self.note()]

    def special_rows(self) -> list[list]:
        rows = []
        mission_country = {m[0]: (m[1], m[2]) for m in MISSIONS}
        extra = {"the Republic of Indonesia": ("Indonesia", "id-mission"),
                 "the Republic of Serbia": ("Serbia", "rs-mission"),
                 "the Republic of Cyprus": ("Cyprus", "cy-mission"),
                 "Lebanon": ("Lebanon", "lb-mission")}
        for title, first, last, local, state, lang, job, note in SPECIALS:
            country, sub = mission_country.get(state) or extra[state]
            domain = f"{sub}.example.org"
            email = (self.unique_email(local, domain) if local
                     else self.person_email(first, last, domain))
            self.names.add((first, last))
            rows.append([None, title, first, last, job, MISSION_NAME.format(state),
                         MISSION, country, email, "Participant", lang, note])
        orgs = {o[0]: o for o in ORGANISATIONS}
        for title, first, last, org, lang, job, note, email in SPECIAL_STAFF:
            _, org_type, country, sub, _, _ = orgs[org]
            email = (self.claim(email) if email
                     else self.person_email(first, last, f"{sub}.example.org"))
            self.names.add((first, last))
            rows.append([None, title, first, last, job, org, org_type, country, email,
                         "Participant", lang, note])
        return rows

    def programme_rows(self) -> list[list]:
        rows = []
        for (title, first, last, job, org, org_type, country, email, category, lang,
             note) in PROGRAMME:
            self.names.add((first, last))
            rows.append([None, title, first, last, job, org, org_type, country,
                         self.claim(email), category, lang, note])
        for title, first, last, job, org, lang, sub in ORGANISING_TEAM:
            self.names.add((first, last))
            email = self.person_email(first, last, f"{sub}.example.org")
            rows.append([None, title, first, last, job, org, ORGANISER, "Switzerland",
                         email, "Organiser", lang, ""])
        return rows

    # -- registration times --------------------------------------------------
    def working_time(self, day: date) -> datetime:
        rng = self.rng
        if day.weekday() < 5 and rng.random() < 0.9:
            minutes = rng.randint(7 * 60 + 45, 18 * 60 + 30)
        else:
            minutes = rng.randint(19 * 60, 23 * 60 + 50)
        return datetime.combine(day, time()) + timedelta(minutes=minutes,
                                                         seconds=rng.randint(0, 59))

    def on_time_stamps(self, n: int) -> list[datetime]:
        days = []
        day = REGISTRATION_OPENS.date()
        while day <= REGISTRATION_DEADLINE.date():
            days.append(day)
            day += timedelta(days=1)
        # Interest grows towards the deadline, with bumps after the invitation
        # (3 Sept) and the reminder (1 Oct); weekends are quiet.
        weights = []
        for i, d in enumerate(days):
            w = 1.0 + i / 8
            if d in (date(2018, 9, 3), date(2018, 9, 4), date(2018, 10, 1),
                     date(2018, 10, 2)):
                w *= 3
            if d.weekday() >= 5:
                w *= 0.15
            weights.append(w)
        return sorted(self.working_time(d) for d in self.rng.choices(days, weights, k=n))

    def late_stamps(self, n: int) -> list[datetime]:
        late_days = [date(2018, 10, 12), date(2018, 10, 12), date(2018, 10, 15),
                     date(2018, 10, 15), date(2018, 10, 16), date(2018, 10, 13)]
        return sorted(self.working_time(self.rng.choice(late_days)) for _ in range(n))

    def batch_shuffle(self, rows: list[list]) -> None:
        """Rows were keyed in by hand in batches: order is only roughly by time."""
        i = 0
        while i < len(rows):
            size = self.rng.randint(1, 7)
            batch = rows[i:i + size]
            self.rng.shuffle(batch)
            rows[i:i + size] = batch
            i += size

    def build(self) -> list[list]:
        early = self.programme_rows()
        others = self.special_rows()
        while len(early) + len(others) < TOTAL_ROWS:
            others.append(self.random_participant())
        self.rng.shuffle(others)

        # Speakers and the organising team were entered in the first week.
        first_week = sorted(
            self.working_time(date(2018, 9, 3) + timedelta(days=self.rng.choice(
                [0, 0, 1, 2, 3, 4]))) for _ in early)
        for row, stamp in zip(early, first_week):
            row[0] = stamp
        others_on_time = len(others) - LATE_ROWS
        stamps = (self.on_time_stamps(others_on_time) + self.late_stamps(LATE_ROWS))
        for row, stamp in zip(others, stamps):
            row[0] = stamp
        rows = sorted(early + others[:others_on_time], key=lambda r: r[0])
        rows += others[others_on_time:]
        self.batch_shuffle(rows)
        return rows


def build_rows(seed: int = SEED) -> list[list]:
    """All data rows (without the header), deterministically generated."""
    rows = Generator(seed).build()
    missions = {}
    for row in rows:
        if row[6] == MISSION:
            missions[row[5]] = missions.get(row[5], 0) + 1
    for row in rows:
        note = row[11]
        row[11:] = ["", note] if note in NEEDS else [note, ""]
        # A mission registers its people together, from its own mailbox or one list: a delegation.
        row.append(f"Permanent Mission of {row[7]}" if row[6] == MISSION and missions[row[5]] > 1 else "")
    return rows


# The day as the published programme gives it: (time, title, room, people, role). People are written
# as an organiser would: a name, "Name <address>", or an address; the panel's moderator on a row of his own.
BUS = "Information bus (forecourt)"
SESSIONS = [
    ("8:30 – 9:00", "Registration", "Maison de la Paix, entrance", "", ""),
    ("8:30 – 16:00", "Visit of the information bus on human trafficking (itinerant exhibition)", BUS, "", ""),
    ("9:00 – 9:10", "Welcome", "", "Barbara Schedler Fischer", "Speaker"),
    ("9:10 – 9:20", "Opening Address: The importance of considering digitalisation", "",
     "Jovan Kurbalija <jovan.kurbalija@un-digital.example.org>", "Speaker"),
    ("9:20 – 9:40", "Using technology to fight human trafficking – turning liability into an asset", "",
     "radu.cucos@osce.example.org", "Speaker"),
    ("9:40 – 9:50", "Tech4Good: hackathon “Bluehack Free Steps Against Human Trafficking”", "",
     "Carlos Andrés Pérez", "Speaker (video)"),
    ("9:50 – 10:15", "Questions and Answers", "", "Philipp Zahn (SRF)", "Moderator"),
    ("10:15 – 10:45", "Coffee break", "", "", ""),
    ("10:45 – 11:10", "ICT Tools Addressing Human Trafficking in North America", "", "Sara Crowe", "Speaker"),
    ("11:10 – 12:30", "Panel Discussion: How can digitalisation contribute to the prevention of human "
                      "trafficking?", "",
     "Eric Anderson; Anh Nguyen; Jean-Yves Art; Sébastien Kulling", "Panellist"),
    ("", "", "", "Philipp Zahn", "Moderator"),
    ("12:30 – 12:45", "Concluding remarks", "", "Pier Rossi-Longhi", "Speaker"),
    ("12:45 – 14:30", "Cocktail lunch", "", "", ""),
]
PROGRAMME_HEADER = ["Time", "Session", "Room", "People", "Role"]


def write_programme(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Programme"
    ws.append(["Digital Technology: An unprecedented opportunity for the prevention of trafficking — "
               "18 October 2018"])
    ws.append([])
    ws.append(PROGRAMME_HEADER)
    for cell in ws[3]:
        cell.font = Font(bold=True)
    for row in SESSIONS:
        ws.append([value or None for value in row])
    for idx, width in enumerate([14, 80, 28, 60, 16]):
        ws.column_dimensions[chr(ord("A") + idx)].width = width
    wb.properties.creator = "checkin make_sample.py"
    wb.properties.created = datetime(2018, 10, 17, 9, 0)
    wb.properties.modified = datetime(2018, 10, 17, 9, 0)
    wb.save(path)


def write_workbook(rows: list[list], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Registrations"
    ws.append(HEADER)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([value if value != "" else None for value in row])
    for (cell,) in ws.iter_rows(min_row=2, min_col=1, max_col=1):
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
    widths = [20, 7, 22, 28, 36, 60, 24, 18, 40, 12, 9, 28, 26, 60]
    for idx, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + idx)].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    wb.properties.creator = "checkin make_sample.py"
    wb.properties.created = datetime(2018, 10, 17, 9, 0)
    wb.properties.modified = datetime(2018, 10, 17, 9, 0)
    wb.save(path)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--programme", type=Path, default=DEFAULT_PROGRAMME)
    args = parser.parse_args(argv)
    rows = build_rows()
    write_workbook(rows, args.output)
    write_programme(args.programme)
    print(f"wrote {len(rows)} registrations to {args.output} and the programme to {args.programme}")


if __name__ == "__main__":
    main()
