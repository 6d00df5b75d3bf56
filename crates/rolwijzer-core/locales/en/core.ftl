# rolwijzer — English texts for rolwijzer-core.
# Written in our own words, based on "Stap 2: Verdeel rollen en taken" from the
# VNG Realisatie guide (CC BY-SA 4.0).
# All variables arrive as ready-made text, except the keywords used in
# select expressions.

## Ambition levels

level-sharing = Sharing without coordination
level-sharing-desc = You share the code, but nobody steers the work together. Only the three basic tasks are needed: a contact person, administration of the code repository and technical maintenance.
level-light = Light coordination
level-light-desc = You meet regularly and make agreements together. On top of the basic tasks, two tasks are added: coordinating the meetings and coordinating the collaboration.
level-structured = Structured collaboration
level-structured-desc = You work together under fixed agreements, often with a community contribution and a roadmap. On top of the light-coordination tasks come tasks for money, product decisions, technology, the community and suppliers.
level-full = Full direction
level-full-desc = The collaboration directs everything itself, for example with its own budget and its own team or organisation. The tasks are the same as for structured collaboration, but the collaboration carries all of them out itself.

## Task categories

category-technical = Technical
category-organisational = Organisational
category-financial = Financial
category-community = Community

## Tasks

task-contact-person = Contact person
task-contact-person-desc = One fixed person answers questions and helps municipalities that want to join. That way everyone knows whom to turn to.
duty-contact-person-1 = Answer questions about the collaboration
duty-contact-person-2 = Talk to municipalities that are new or interested
duty-contact-person-3 = Be the single point of contact for anyone with a question

task-repository-admin = Code repository administration
task-repository-admin-desc = Someone with admin rights on the code repository (the place where the source code lives) decides which code goes in. This keeps quality under control.
duty-repository-admin-1 = Accept merge requests (proposals for new code)
duty-repository-admin-2 = Make releases (new versions)
duty-repository-admin-3 = Keep the admin rights in order

task-technical-maintenance = Technical maintenance
task-technical-maintenance-desc = Someone looks at new code before it is accepted. This keeps the code sound and makes sure the parts fit together.
duty-technical-maintenance-1 = Do code reviews (check other people's code)
duty-technical-maintenance-2 = Assess merge requests
duty-technical-maintenance-3 = Guard the quality of the code
duty-technical-maintenance-4 = Make sure the technology stays one coherent whole

task-meeting-coordination = Meeting coordination
task-meeting-coordination-desc = Someone makes sure the user meetings run well, from preparation to follow-up. That way the meetings actually lead somewhere.
duty-meeting-coordination-1 = Prepare and organise the user meetings
duty-meeting-coordination-2 = Take minutes
duty-meeting-coordination-3 = Follow up on agreed actions

task-collaboration-coordination = Collaboration coordination
task-collaboration-coordination-desc = Someone holds the collaboration together. This person stays in touch with the partners and makes sure agreements are made and kept.
duty-collaboration-coordination-1 = Stay in touch with the partners in the collaboration
duty-collaboration-coordination-2 = Make sure agreements are made
duty-collaboration-coordination-3 = Check that agreements are kept

task-community-contribution = Community contribution (collecting, managing and spending)
task-community-contribution-desc = Someone collects the money the municipalities pay together, manages it and puts it to use. Without this task, no money comes in for the shared work.
duty-community-contribution-1 = Send invoices
duty-community-contribution-2 = Keep track of payments
duty-community-contribution-3 = Send a reminder when a municipality has not paid
duty-community-contribution-4 = Keep the financial records
duty-community-contribution-5 = Sign contracts with suppliers

task-financial-management = Financial management
task-financial-management-desc = Someone watches over the collaboration's money and accounts for it. That way the participants know where their money goes.
duty-financial-management-1 = Keep an eye on the budget
duty-financial-management-2 = Make the financial plan
duty-financial-management-3 = Account to the participants for the money
duty-financial-management-4 = Draw up the budget and the annual accounts

task-community-management = Community management
task-community-management-desc = Someone keeps the users involved and turns their wishes into a plan. That way the product keeps meeting what municipalities need.
duty-community-management-1 = Organise meetings for users
duty-community-management-2 = Collect feedback and wishes
duty-community-management-3 = Make a roadmap (a plan of what comes when)

task-product-ownership = Product ownership
task-product-ownership-desc = Someone decides where the product is heading and which work comes first. This person weighs the wishes of the different municipalities against each other.
duty-product-ownership-1 = Set the vision and strategy for the product
duty-product-ownership-2 = Set priorities on the roadmap
duty-product-ownership-3 = Approve delivered work
duty-product-ownership-4 = Balance the wishes of different municipalities

task-architecture = Architecture and technical vision
task-architecture-desc = Someone guards the technical direction. That way the software stays coherent and remains usable in the years ahead.
duty-architecture-1 = Guard the technical direction
duty-architecture-2 = Make decisions about the architecture (how the software is built up)
duty-architecture-3 = Make sure the technical parts fit together
duty-architecture-4 = Make sure the software is ready for the future

task-development-team-lead = Leading the development team
task-development-team-lead-desc = Someone directs the developers day to day, whether they work for a municipality or for a company. This keeps the work on track.
duty-development-team-lead-1 = Direct the developers day to day (in-house or hired)
duty-development-team-lead-2 = Plan sprints (short, fixed work periods)
duty-development-team-lead-3 = Lead the short daily meetings (stand-ups)
duty-development-team-lead-4 = Keep an eye on progress and quality

task-recruitment = Recruiting new municipalities
task-recruitment-desc = Someone looks for municipalities that want to join and helps them get started. With more participants, costs and work are shared by more municipalities.
duty-recruitment-1 = Give demos and presentations
duty-recruitment-2 = Answer questions from interested municipalities
duty-recruitment-3 = Help new participants find their way (onboarding)

task-communication = Communication
task-communication-desc = Someone keeps everyone informed about what is happening in the collaboration and with the product.
duty-communication-1 = Write and send newsletters
duty-communication-2 = Announce what is new in each release
duty-communication-3 = Keep the website or other channels up to date

task-monitoring-reporting = Monitoring and reporting
task-monitoring-reporting-desc = Someone keeps track of how things are going and reports it to the participants. That way the collaboration can adjust course in time.
duty-monitoring-reporting-1 = Track how much the product is used
duty-monitoring-reporting-2 = Measure how satisfied users are
duty-monitoring-reporting-3 = Follow progress
duty-monitoring-reporting-4 = Report to the steering group or the user meeting

task-supplier-management = Supplier management
task-supplier-management-desc = Someone manages the relations with suppliers. That way the collaboration does not depend on a single company and knowledge is kept.
duty-supplier-management-1 = Manage relations with suppliers
duty-supplier-management-2 = Make sure there are enough suppliers to choose from (a healthy market)
duty-supplier-management-3 = Escalate problems with suppliers in time
duty-supplier-management-4 = Make sure knowledge is not lost

basic-tasks-hours = In a small collaboration, the three basic tasks together take about 2 to 4 hours a week.

## Checklist

checklist-group-technical = Technical
checklist-group-organisational = Organisational
checklist-group-financial = Financial
checklist-group-community = Community
checklist-group-structured = Also for structured collaboration and full direction

item-repo-admin-rights = Code repository administration (admin rights)
item-code-review = Code review and merge requests
item-release-management = Release management
item-technical-documentation = Technical documentation
item-contact-person = Contact person
item-meeting-coordination = Meeting coordination
item-minutes-actions = Minutes and action lists
item-event-organisation = Organising events
item-invoicing = Invoicing
item-payment-monitoring = Monitoring payments
item-financial-administration = Financial administration
item-financial-reporting = Financial reporting
item-recruitment = Recruiting new municipalities
item-onboarding = Onboarding new participants
item-communication = Communication (newsletters, website)
item-feedback = Collecting feedback
item-product-ownership = Product ownership
item-contract-management = Contract management
item-development-team-lead = Leading the development team
item-supplier-management = Supplier management

## Arrangements

arrangement-coordinating = Coordinating municipality (lead partner)
arrangement-coordinating-how = One municipality, the lead partner, fills the roles on behalf of the whole collaboration. It may do so together with suppliers or freelancers.
arrangement-coordinating-pro-1 = Short lines and quick contact
arrangement-coordinating-pro-2 = Continuity through the same people
arrangement-coordinating-pro-3 = Deep knowledge of the subject in one place
arrangement-coordinating-attention-1 = Compensate the lead partner for the time it puts in, with money or in another way
arrangement-coordinating-attention-2 = Arrange a stand-in for illness and leave
arrangement-coordinating-attention-3 = Watch out for conflicts of interest: the lead partner is also a participant
arrangement-coordinating-suits = Suits sharing without coordination, light coordination and structured collaboration.

arrangement-rotating = Rotating between municipalities
arrangement-rotating-how = The municipalities take turns. For example, each municipality handles certain tasks for one year.
arrangement-rotating-pro-1 = The work is shared fairly
arrangement-rotating-pro-2 = Every municipality gets to know the collaboration from the inside
arrangement-rotating-pro-3 = The collaboration does not depend on one municipality
arrangement-rotating-pro-4 = The work can count as an in-kind contribution, so the municipality pays less community contribution
arrangement-rotating-attention-1 = Work can stall at every hand-over
arrangement-rotating-attention-2 = Good documentation and a careful hand-over are essential
arrangement-rotating-attention-3 = Not every municipality has the same time and staff
arrangement-rotating-suits = Suits sharing without coordination and light coordination.

arrangement-distributed = Distributed across municipalities
arrangement-distributed-how = Each municipality takes on different tasks, based on expertise or interest. For example, one municipality does product ownership, a second organises meetings and a third handles the money.
arrangement-distributed-pro-1 = Makes use of the municipalities' expertise and interests
arrangement-distributed-pro-2 = The work is spread over more municipalities
arrangement-distributed-pro-3 = More municipalities are actively involved
arrangement-distributed-attention-1 = The municipalities must coordinate their work closely
arrangement-distributed-attention-2 = It can become unclear who is responsible for what
arrangement-distributed-attention-3 = Tasks can be left undone because everyone thinks someone else is doing them
arrangement-distributed-suits = Suits sharing without coordination up to structured collaboration, provided the tasks are clearly divided and the municipalities coordinate well.

arrangement-external = External party
arrangement-external-how = An organisation outside the municipalities carries out all of the roles or part of them. Often this is the product's supplier or developer.
arrangement-external-pro-1 = Takes work off the municipalities
arrangement-external-pro-2 = A neutral party, as long as it is not the developer or supplier
arrangement-external-pro-3 = The agreements about the work are laid down in a contract
arrangement-external-attention-1 = It costs money, which has to come from the community contribution
arrangement-external-attention-2 = You become dependent on a party outside the municipalities
arrangement-external-attention-3 = If it is the developer or supplier, business and public interests can clash
arrangement-external-suits = Suits structured collaboration and full direction.

## Parts of the chapter (where a rule comes from)

chapter-basic-tasks = Step 2 › Tasks per ambition level › Basic tasks
chapter-light-tasks = Step 2 › Tasks per ambition level › Tasks for light coordination
chapter-structured-tasks = Step 2 › Tasks per ambition level › Tasks for structured collaboration and full direction
chapter-option-coordinating = Step 2 › Who does what? › Option 1: A coordinating municipality
chapter-option-rotating = Step 2 › Who does what? › Option 2: Rotating between municipalities
chapter-option-distributed = Step 2 › Who does what? › Option 3: Distributed across municipalities
chapter-option-external = Step 2 › Who does what? › Option 4: External party
chapter-raci = Step 2 › Make a RACI matrix
chapter-checklist = Step 2 › Checklist: have we covered every role?
chapter-tip-write-down = Step 2 › Practical tips › Make it explicit and write it down
chapter-tip-backup = Step 2 › Practical tips › Arrange a backup
chapter-tip-document = Step 2 › Practical tips › Document processes
chapter-tip-separate-money = Step 2 › Practical tips › Keep money flows separate
chapter-tip-reserves = Step 2 › Practical tips › Build up reserves
chapter-tip-evaluate = Step 2 › Practical tips › Evaluate every year
chapter-tip-recognise = Step 2 › Practical tips › Recognise and value the effort
chapter-tip-finance-on-agenda = Step 2 › Practical tips › Make finances a normal topic
chapter-tip-start-small = Step 2 › Practical tips › Don't start too ambitiously

## Severities

severity-error = Error
severity-warning = Warning
severity-advice = Advice
severity-error-plural = Errors
severity-warning-plural = Warnings
severity-advice-plural = Advice

## RACI

raci-r = Responsible (does the work)
raci-a = Accountable (has final responsibility)
raci-c = Consulted (is asked for input)
raci-i = Informed (is kept up to date)
raci-backup = Backup (takes over when someone is away)

## Findings

# D001: reference to an id that does not exist. $id, $field
finding-d001-title = Reference to an unknown id
finding-d001 = { $field } refers to the id “{ $id }”, but it does not exist.
finding-d001-fix = Check the spelling of “{ $id }” in { $field }. Refer to a person, party or group that already exists, or add it first.
finding-d001-why = Every task has to rest with real people or parties. A reference that points nowhere means that in practice nobody does the task. Such a task gets left undone, which is exactly what the chapter wants to prevent.

# D002: the same id used twice. $id
finding-d002-title = Duplicate id
finding-d002 = The id “{ $id }” is used more than once.
finding-d002-fix = Give every person, party and group an id of its own. A person and a party may not share an id either. Is a task listed twice in the division? Then merge the two into one.
finding-d002-why = An id must point to exactly one person, party, group or task. If an id appears twice, it is unclear who is meant. Then you cannot be sure who does a task.

# D003: unknown task or checklist item. $task
finding-d003-title = Unknown task
finding-d003 = The task “{ $task }” is not in the list of tasks and checklist items.
finding-d003-fix = Pick a task from the list or check the spelling. Do you want to add a task of your own? Then create a custom task with an id and a name. In the YAML file, write `task: custom` together with `id` and `name`.
finding-d003-why = rolwijzer knows the tasks and checklist items from the chapter. An unknown name is often a typo. The task then looks covered, while rolwijzer cannot check it. Custom tasks are allowed, but you have to declare them clearly as custom.

# R001: task without Accountable. $task
finding-r001-title = Task without an Accountable
finding-r001 = Nobody is Accountable (has final responsibility) for the task { $task }.
finding-r001-fix = Appoint an Accountable for this task: one person or one party with final responsibility (`accountable`).
finding-r001-why = The chapter recommends a RACI matrix. The A stands for Accountable: who has final responsibility? Without such a person, nobody really owns the task. Work gets left undone and nobody knows whom to hold to account.

# R002: Accountable is a group or more than one. $task, $holders, $reason (group | many)
finding-r002-title = Accountable is not one person or party
finding-r002 =
    { $reason ->
        [group] A group is Accountable for the task { $task }: { $holders }.
       *[many] Several people or parties are Accountable for the task { $task }: { $holders }.
    }
finding-r002-fix =
    Choose one person or one party as Accountable for the task { $task }. { $reason ->
        [group] Put the group under Consulted (is asked for input), so it still has its say.
       *[many] Put the others under Responsible (does the work) or Consulted (is asked for input).
    }
finding-r002-why = Final responsibility only works when it rests with one person or party. When a group or several people share it, everyone waits for everyone else. The chapter warns against confusion about who is responsible for what. Even when a group such as the steering group takes the decisions, one point of contact is needed.

# R003: task without Responsible. $task
finding-r003-title = Task without a Responsible
finding-r003 = Nobody is Responsible (does the work) for the task { $task }.
finding-r003-fix = Appoint at least one Responsible for this task: a person, party or group that actually does the work (`responsible`).
finding-r003-why = The R in RACI stands for Responsible: who carries out the task? A task with someone accountable but nobody doing it exists only on paper. The chapter warns that such tasks get left undone.

# C001: required task not assigned. $task, $level, $reason (level | contribution)
finding-c001-title = Required task not assigned
finding-c001 =
    The task { $task } has not been assigned yet. { $reason ->
        [contribution] It is needed because you collect a community contribution.
       *[level] It belongs to the level { $level }.
    }
finding-c001-fix = Decide who will do the task { $task }. Add the task to the division with at least a Responsible (does the work) and an Accountable (has final responsibility).
finding-c001-why = The chapter lists which tasks each ambition level needs. The higher the level, the more tasks. If a needed task rests with nobody, it gets left undone. Whoever collects a community contribution must also arrange who collects, manages and accounts for that money.

# C002: task above the chosen level. $task, $level, $task_level
finding-c002-title = Task above the chosen level
finding-c002 = The task { $task } belongs to the level { $task_level }, but you chose { $level }.
finding-c002-fix = Check whether you really carry out this task. If so, choose a higher ambition level. If not, remove the task from the division. You can add it again later when the collaboration grows.
finding-c002-why = One of the chapter's tips is not to start too ambitiously. It is better to fill a few roles well than to have many roles that exist only on paper. You can always scale up as the collaboration grows. This is advice, not an error.

# K001: critical task without backup. $task
finding-k001-title = Critical task without a backup
finding-k001 = The task { $task } is critical, but it has no backup.
finding-k001-fix = For the task { $task }, appoint a second person who can take over in case of illness, leave or departure (`backup`).
finding-k001-why = Some tasks must never stop, such as looking after the code and the money. The chapter advises always having a second person for such roles. That person takes over when someone is ill, on leave or leaves.

# K002: backup is the same person as the only Responsible. $task, $person
finding-k002-title = Backup is the same person
finding-k002 = For the task { $task }, { $person } is both the only Responsible (does the work) and the backup.
finding-k002-fix = Choose someone other than { $person } as the backup for the task { $task }.
finding-k002-why = A backup takes over when the usual person is not there. If the backup is that same person, there is in fact no backup. The chapter asks for a second person.

# K003: everyone on a critical task is from one party. $task, $party
finding-k003-title = Critical task depends on one party
finding-k003 = Everyone involved in the critical task { $task } (Responsible, Accountable and backup) belongs to { $party }.
finding-k003-fix = For the task { $task }, find a backup or an Accountable at a party other than { $party }.
finding-k003-why = When everyone works for one organisation, the task stops if that organisation pulls out or runs out of time. The chapter warns against depending on one municipality or one external party. A backup at another party reduces that risk.

# K004: if a party left, tasks would lose R or A. $party, $tasks, $count
finding-k004-title = A party leaving would leave tasks empty
finding-k004 = If { $party } left the collaboration, these tasks would lose their Responsible or Accountable: { $tasks } (number of tasks: { $count }).
finding-k004-fix = Make sure these tasks do not depend on { $party } alone. For each task, add someone from another party as well, for example as backup or as a second Responsible.
finding-k004-why = Parties can leave, for example because of budget cuts or other priorities. The chapter wants someone to always be able to take over and wants you not to depend on one municipality. This finding shows which tasks would be left without anyone doing them or anyone accountable.

# K005: fewer than two people with admin rights. $count
finding-k005-title = Too few code repository admins
finding-k005 = The number of people with admin rights on the code repository is { $count }. There should be at least two.
finding-k005-fix = Give at least two people admin rights on the code repository, on the platform where the code lives (for example GitHub or GitLab). Record this for those people in rolwijzer as well (`repository_admin`).
finding-k005-why = People with admin rights can accept code and make new versions. With only one admin, everything stops when that person is ill or leaves. Sometimes nobody can even reach the settings any more. The chapter asks for a second person for every critical role.

# K006: no documented process. $task, $reason (rotating | external | other)
finding-k006-title = Process not documented
finding-k006 =
    There is no description of how the task { $task } is done. { $reason ->
        [rotating] This task passes from one municipality to the next, so a description is especially important at each hand-over.
        [external] An external party does this task. Without a description, it is hard to hand the work over or take it back.
       *[other] That makes handing over and training new people harder.
    }
finding-k006-fix = Write down how the task { $task } is carried out: the steps, the tools and where to find information. Add a link to that description to the task (`process`).
finding-k006-why = The chapter says: describe not only who does what, but also how. That makes it easier to hand a task over and to train new people. With rotation, a task changes hands often. With an external party, you want to be able to take the work back later.

# O001: coordinating municipality not compensated. $party
finding-o001-title = Lead partner not compensated
finding-o001 = { $party } coordinates the collaboration as lead partner, but receives no compensation for it.
finding-o001-fix =
    { $basis ->
        [budget] Record the hours { $party } spends on its tasks (`hours_per_week`) and fill in an hourly rate in the budget (`hourly_rate`). Then that work counts as an in-kind contribution, and { $party } pays less or receives money back.
       *[flag] Agree how { $party } is compensated for the time it spends, with money or in another way. Then record that the lead partner is compensated (`coordinator_compensated`).
    }
finding-o001-why = A coordinating municipality does work for the whole collaboration. The chapter says this capacity should be compensated, financially or otherwise. Without compensation, one municipality carries the load for everyone. It usually cannot keep that up for long.

# O002: coordinator Accountable for money and no group Consulted. $party, $task
finding-o002-title = Lead partner decides on money alone
finding-o002 = { $party } is the lead partner and also Accountable (has final responsibility) for { $task }, but no group is Consulted.
finding-o002-fix = For the task { $task }, add a group as Consulted (is asked for input), for example the steering group or all participants. That way others have a say in decisions about money.
finding-o002-why = The lead partner is itself a participant in the collaboration. If that municipality decides on the shared money by itself, its own interests may play a part. The chapter calls this a conflict of interest. When a group is consulted, decisions stay fair and open to checking.

# O003: developer holds R or A on a sensitive task. $party, $task, $letter (R | A)
finding-o003-title = Developer holds a sensitive role
finding-o003 =
    { $party } develops the product and is also { $letter ->
        [A] Accountable (has final responsibility)
       *[R] Responsible (does the work)
    } for { $task }.
finding-o003-fix = Give the task { $task } to a municipality or a neutral party that does not develop the product. { $party } can still be Consulted (is asked for input), so its knowledge keeps counting.
finding-o003-why = A company that builds the product has business interests. In supplier management, product ownership or handling the community's money, those can clash with the public interest. The chapter points this out for the external-party option. An external party is only neutral if it does not develop the product itself.

# O004: external arrangement but no contribution. $task, $scope (collaboration | task)
finding-o004-title = External party without a community contribution
finding-o004 =
    { $scope ->
        [task] The task { $task } is carried out by an external party,
       *[collaboration] The collaboration's roles are carried out by an external party,
    } but you do not collect a community contribution to pay for it.
finding-o004-fix = Agree on a community contribution to pay the external party and record that you collect it (`contribution`). Or choose another arrangement, such as a coordinating municipality.
finding-o004-why = An external party does not work for free. According to the chapter, its costs come from the community contribution. Without a contribution, it is unclear who pays the bill. The agreement with the external party may then break down.

# O005: arrangement does not suit the level. $arrangement, $level, $suits
finding-o005-title = Arrangement does not suit the level
finding-o005 = The arrangement “{ $arrangement }” does not suit the level { $level } well. It suits: { $suits }.
finding-o005-fix = Choose an arrangement that suits { $level }, or choose a different ambition level.
finding-o005-why = For each arrangement, the chapter says which kinds of collaboration it suits. Rotation, for example, works well with few tasks, but with many tasks too much goes wrong at every hand-over. An external party costs money, so it suits a collaboration with a budget of its own.

# O006: rotation hand-over within 60 days. $task, $date, $days, $from, $to
finding-o006-title = Hand-over coming up
finding-o006 = On { $date } the task { $task } passes from { $from } to { $to }. That is in { $days } days.
finding-o006-fix = Plan a hand-over meeting between { $from } and { $to } before { $date }. Check that the process for { $task } is written down and that { $to } has access to everything needed.
finding-o006-why = With rotation, continuity is at risk at every hand-over. The chapter therefore calls good documentation and hand-over crucial. Starting the hand-over in time prevents work from being left undone.

# O007: distributed and nobody coordinates. (no variables)
finding-o007-title = Nobody coordinates the collaboration
finding-o007 = The tasks are spread over several municipalities, but nobody coordinates the collaboration.
finding-o007-fix = Appoint someone for the task Collaboration coordination, with a Responsible (does the work) and an Accountable (has final responsibility). This person keeps the overview and makes sure agreements are kept.
finding-o007-why = When each municipality does its own tasks, the municipalities need to coordinate well. The chapter warns that otherwise it becomes unclear who is responsible for what. Tasks can then be left undone because everyone thinks someone else is doing them.

# O008: coordinator or rotation party is not a municipality. $id, $role (coordinator | rotation)
finding-o008-title = Party is not a municipality
finding-o008 =
    The party “{ $id }” is not a municipality, but { $role ->
        [rotation] it is in the rotation order for the rotating tasks.
       *[coordinator] it has been chosen as the coordinating municipality (lead partner).
    }
finding-o008-fix =
    { $role ->
        [rotation] Remove “{ $id }” from the rotation order. Is it a municipality after all? Then record that this party is a municipality (`kind: municipality`).
       *[coordinator] Choose a municipality as lead partner. Is “{ $id }” a municipality after all? Then record that this party is a municipality (`kind: municipality`).
    }
finding-o008-why = For a coordinating municipality and for rotation, the chapter assumes municipalities do the tasks. A lead partner acts on behalf of the other municipalities. Do you want a company or other organisation to fill roles? Then choose the external-party arrangement, with the agreements and checks that come with it.

# F001: contribution not kept separate. (no variables)
finding-f001-title = Community money not kept separate
finding-f001 = You collect a community contribution, but do not keep that money separate.
finding-f001-fix = Put the community's money in its own cost centre or a separate administration. Then record that this is arranged (`separate_administration`).
finding-f001-why = The chapter advises keeping money flows apart. Otherwise the community's money gets mixed with the municipality's other funds. It then becomes hard to see what happens to the contributions.

# F002: reserve covers less than 3 months. $months, $reserve, $fixed
finding-f002-title = Reserve too small
finding-f002 = The reserve of { $reserve } covers { $months } months of fixed costs ({ $fixed } a month). That is less than 3 months.
finding-f002-fix = Build the reserve up to 3 to 6 months of fixed costs: 3 to 6 times { $fixed }. Discuss in the meeting how to get there, for example with a slightly higher contribution for a few years.
finding-f002-why = The chapter recommends a buffer of 3 to 6 months of fixed costs. It gives breathing space when a participant drops out, payments arrive late or unexpected costs come up. Without a buffer, you would have to stop work straight away.

# F003: fixed costs or reserve unknown. $missing (fixed | reserve | both)
finding-f003-title = Fixed costs or reserve unknown
finding-f003 =
    You collect a community contribution, but { $missing ->
        [fixed] the fixed costs per month have not been filled in.
        [reserve] the amount of the reserve has not been filled in.
       *[both] neither the fixed costs per month nor the reserve have been filled in.
    }
finding-f003-fix =
    { $missing ->
        [fixed] Fill in the fixed costs per month in euros (`fixed_costs_per_month`).
        [reserve] Fill in the amount of the reserve in euros (`reserve`).
       *[both] Fill in the fixed costs per month and the amount of the reserve, both in euros (`fixed_costs_per_month` and `reserve`).
    }
finding-f003-why = Without these amounts, rolwijzer cannot work out how many months the reserve covers. The chapter recommends a buffer of 3 to 6 months of fixed costs. It also suggests making money a fixed item on the agenda, so these figures are always known.

# F004: the distribution key cannot be applied. $key (equal | inhabitants | tiers), $reason (nobody | rate | inhabitants | tiers), $count, $parties
finding-f004-title = Contribution cannot be divided as agreed
finding-f004 =
    { $reason ->
        [nobody] There is a budget, but no municipality contributes. So rolwijzer cannot divide the cost.
        [rate] The budget has no hourly rate. So the work of { $parties } does not count as an in-kind contribution.
        [tiers] The key is tiers, but the budget has no tiers. So rolwijzer divides the cost in equal shares.
       *[inhabitants] Dividing the cost by size needs the number of inhabitants. It is missing for { $parties }. So rolwijzer divides the cost in equal shares.
    }
finding-f004-fix =
    { $reason ->
        [nobody] Add the municipalities that pay as parties of kind municipality, without `contributes: false`.
        [rate] Fill in an hourly rate in euros in the budget (`hourly_rate`), for example 75.
        [tiers] Fill in the tiers (`tiers`): an amount per size of municipality. Or choose another key (`key`).
       *[inhabitants] Fill in the number of inhabitants for every municipality that contributes (`inhabitants`). Or choose equal shares (`key: equal`).
    }
finding-f004-why = Every municipality wants to know what it pays and why. That is only possible when the agreed division can actually be worked out. The chapter calls work that a municipality does for everyone an in-kind contribution: that municipality then pays less. To express that work in money, an hourly rate is needed.

# F005: the shares do not cover the cost. $gap, $total, $shares
finding-f005-title = Contributions do not cover the cost
finding-f005 = The municipalities' shares add up to { $shares }. The cost and the in-kind work add up to { $total }. { $gap } is missing.
finding-f005-fix = Raise the amounts of the tiers, or make the budget smaller. Or divide in equal shares (`key: equal`) or by inhabitants (`key: inhabitants`): those never leave a shortfall.
finding-f005-why = When the contributions are lower than the cost, the difference has to come from somewhere. Usually that is the reserve. The chapter recommends a reserve for setbacks, not for a fixed shortfall. A shortfall that comes back every year makes the collaboration fragile.

# E001: no evaluation date. (no variables)
finding-e001-title = No evaluation date
finding-e001 = There is no record of when you last evaluated the role division.
finding-e001-fix = Fill in the date of the last evaluation (`last_evaluation`). Have you never evaluated? Then put an evaluation on the agenda of the next meeting.
finding-e001-why = The chapter advises discussing every year whether the role division still fits. When the collaboration grows or shrinks, you sometimes need to adjust. With a date, rolwijzer can show when it is time again.

# E002: last evaluation older than the interval. $date, $due, $months
finding-e002-title = Evaluation overdue
finding-e002 = The last evaluation was on { $date }. The next one was due by { $due } (every { $months } months).
finding-e002-fix = Put an evaluation of the role division on the agenda of the next meeting. Afterwards, fill in the new date (`last_evaluation`).
finding-e002-why = The chapter advises discussing every year whether the role division still fits. People leave, municipalities join and the work changes. Without evaluation, the division on paper drifts away from what happens in practice.

# A001: fewer than half the required tasks filled. $filled, $required, $current, $level
finding-a001-title = Ambition level may be too high
finding-a001 = Of the { $required } tasks needed for { $current }, { $filled } have been assigned. That is less than half. The level { $level } may fit better.
finding-a001-fix = Consider lowering the ambition level to { $level }. Or first assign the open tasks before you grow further.
finding-a001-why = The chapter advises not starting too ambitiously. It is better to fill a few roles well than to have many roles that exist only on paper. You can always scale up later, as the collaboration grows.

# H001: assigned hours exceed available hours. $person, $assigned, $available
finding-h001-title = More hours than available
finding-h001 = { $person } has tasks worth { $assigned } h a week, but only { $available } h a week available.
finding-h001-fix = Hand some of the tasks of { $person } to others. Or agree with the employer of { $person } that more hours become available.
finding-h001-why = People who fill roles invest time and energy. If they have more tasks than time, work gets left undone or they become overloaded. The chapter asks that this effort be seen and valued. That starts with a fair division of the hours.

# H002: one person is R or A on more than five tasks. $person, $count
finding-h002-title = Many tasks on one person
finding-h002 = { $person } is Responsible or Accountable for { $count } tasks.
finding-h002-fix = Check whether other people can take over some of the tasks of { $person }. Or at least appoint a backup for those tasks.
finding-h002-why = When many tasks rest with one person, the collaboration depends on that person. Illness, leave or departure then brings a lot to a halt at once. The chapter stresses the value of a backup and of sharing the work fairly.

# I001: someone Informed has no channel. $task, $who
finding-i001-title = Informed without a channel
finding-i001 = For the task { $task }, { $who } is Informed, but it does not say how.
finding-i001-fix = State how { $who } is kept up to date about { $task }, for example through the newsletter, by email or in the meeting (`via`).
finding-i001-why = The I in RACI stands for Informed: who needs to be kept up to date? That only works when it is also clear how. The example in the chapter therefore names a channel, such as a newsletter.

# O009: coordinating arrangement chosen, but no coordinator given. (no variables)
finding-o009-title = Lead partner not given
finding-o009 = The collaboration has chosen a coordinating municipality (lead partner), but does not say which municipality that is.
finding-o009-fix = Fill in which municipality is the lead partner (`coordinator`: the id of that municipality).
finding-o009-why = In this arrangement one municipality carries out the tasks for all participants. Everyone needs to know which municipality that is, so it is clear who to turn to and who is compensated.

# O010: a municipality in the rotation has fewer hours than its turn asks. $party, $available, $asked
finding-o010-title = Not every municipality has the hours for its turn
finding-o010 = { $party } has { $available } hours a week. The rotating tasks ask { $asked } hours a week. When it is the turn of { $party }, there is not enough time.
finding-o010-fix = Agree with { $party } how its turn can work: more hours for the people who do the tasks, a colleague from another municipality who helps, or { $party } skips a turn in the rotation.
finding-o010-why = The chapter names this as a point of attention with rotation: not every municipality has the same capacity. A small municipality may not manage a turn. Then work is left undone, or one person is overloaded.

# The one sentence for a rotating task, everywhere it is shown. $party, $holder, $known (yes | no), $from, $until
rotation-now = { $known ->
        [yes] rotating — now { $party } ({ $holder }), until { $until }
       *[no] rotating — now { $party }, until { $until }
    }
rotation-from = { $known ->
        [yes] rotating — from { $from } { $party } ({ $holder })
       *[no] rotating — from { $from } { $party }
    }
rotation-plain = rotating

# The checklist of a rotation hand-over.
handover-item-process = The process of the rotating tasks is written down.
handover-item-backup = The backup knows what is coming.
handover-item-access = Access and code repository rights have moved to the new holder.
handover-item-public-contact = The contact details on the public page name the new holder.

# Forgetting a person (GDPR art. 17): the neutral name and the history line.
privacy-forgotten-word = former-staff
privacy-forgotten-summary = Personal data of { $label } erased
