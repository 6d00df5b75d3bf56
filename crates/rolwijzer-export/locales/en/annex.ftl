# Texts of the annex exports.
# The annex to the collaboration agreement (PDF and ODT). Plain English.

## Title page

annex-doc-title = Annex: division of roles
annex-kicker = Annex to the collaboration agreement
annex-subtitle = Division of roles: who does what?
annex-purpose = This annex says who does which task in the collaboration, so that everyone knows who takes care of what, even when people change.
annex-field-level = Ambition level
annex-field-arrangement = How the work is divided
annex-field-date = Date
annex-field-revision = Revision

## Tasks

annex-tasks-heading = Tasks and roles
annex-tasks-intro = Below, each task shows who does what. The letters come from the RACI method:
annex-legend-r = { letter-r }: does the work.
annex-legend-a = { letter-a }: answers for the result and takes the decisions.
annex-legend-c = { letter-c }: is asked for advice beforehand.
annex-legend-i = { letter-i }: hears afterwards what happened.
annex-legend-b = { letter-b }: takes over in case of illness, leave or departure.
annex-no-tasks = No tasks have been divided yet.
annex-task-required = Required at this ambition level
annex-task-optional = Not required at this ambition level
annex-task-critical = Critical task: it needs a backup
annex-task-duties = What this task involves:
annex-task-arrangement = How this task is divided
annex-field-hours = Time
annex-hours = { $count ->
    [one] { $hours } hour a week
   *[other] { $hours } hours a week
}
annex-field-process = Way of working
annex-field-notes = Notes
annex-informed-via = { $who }, via { $channel }
annex-nobody = nobody

## Checklist

annex-checklist-heading = Checklist: have we filled every role?
annex-checklist-intro = This checklist comes from the guide. For each item you see whether it is arranged and who does it.
annex-col-item = Item
annex-col-status = Status
annex-col-holders = Who does it
annex-status-done = Arranged
annex-status-missing = Missing
annex-status-not-needed = Not needed at this level

## Open findings

annex-findings-heading = Open findings
annex-findings-count = { $count ->
    [one] rolwijzer checked the division. There is 1 open finding. Resolve it before you sign the agreement.
   *[other] rolwijzer checked the division. There are { $count } open findings. Resolve them before you sign the agreement.
}
annex-findings-none = rolwijzer checked the division and found nothing open.
annex-finding-fix = How to fix it: { $fix }

## Contact person

annex-contact-heading = Contact person
annex-contact-intro = Do you have a question about the collaboration, or does your municipality want to join? Then contact:
annex-contact-none = No contact person has been appointed yet.
annex-field-name = Name
annex-field-title = Job title
annex-field-organisation = Organisation
annex-field-email = Email
annex-field-phone = Phone

## Version, parties and overview

annex-revision-of = of { $date }
annex-parties-heading = Parties
annex-col-party = Organisation
annex-col-kind = Kind
annex-col-contact = Contact person
annex-col-reach = Email and phone
annex-overview-heading = Overview
annex-overview-intro = For each task, the letters of each party and the people who work there. The numbers are listed below the table.
annex-overview-letters = R: does the work (responsible). A: accountable. C: gives advice beforehand. I: hears afterwards what happened. B: backup.
annex-overview-too-large = With { $count } parties the overview does not fit on one page. Who does what is listed per task below.
annex-col-task = Task

## Rotation, evaluation and adoption

annex-not-needed = Not needed at this ambition level: { $items }.
annex-rotation-heading = Rotation schedule
annex-rotation-intro = The municipalities take turns doing these tasks: { $tasks }.
annex-rotation-period = { $from } to { $until }
annex-rotation-period-now = { $from } to { $until } (now)
annex-col-period = Period
annex-col-holder = Who does it
annex-evaluation-heading = Evaluation
annex-evaluation-intro = The parties regularly discuss whether the division of roles still works, and change it where needed.
annex-field-interval = How often
annex-interval = { $months ->
    [one] every month
   *[other] every { $months } months
}
annex-field-last-evaluation = Last evaluation
annex-evaluation-never = not held yet
annex-field-next-evaluation = Next evaluation at the latest
annex-field-went-well = What went well
annex-field-to-change = What should change
annex-field-decisions = Decisions
annex-adoption-heading = Adoption
annex-adoption-intro = The parties have adopted this division of roles. Fill in below when and by whom.
annex-field-adopted-on = Date
annex-field-adopted-by = Adopted by (for example the steering group)
annex-col-signed-by = Name
annex-col-signature = Signature

## About this annex

annex-about-heading = About this annex
annex-credit = Based on VNG Realisatie's guide on inter-municipal open-source collaboration, chapter ‘Stap 2: Verdeel rollen en taken’ (Step 2: divide roles and tasks). The guide is licensed under CC BY-SA 4.0. rolwijzer paraphrases its content in its own words.
annex-made-with = Made with rolwijzer.

## Footer

annex-footer = { annex-doc-title } · { $name }
annex-page = page { $page } of { $pages }
