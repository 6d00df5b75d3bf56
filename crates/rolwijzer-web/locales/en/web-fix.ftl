# How to fix each finding, in the words of the web pages: every text names the field
# as the page labels it, never a key of the file (the CLI keeps the core's texts).

finding-web-D001 = The reference “{ $id }” points to no one: there is no person, party or group with that id.
fix-web-D001 = Choose a person, party or group in the form that already exists, or add it first on the People page.
fix-web-D002 = Give every person, party and group a name of its own. Is a task in the division twice? Then merge the two into one.
fix-web-D003 = rolwijzer does not know this task. Remove it from the division, or make it a custom task with a name.
fix-web-R001 = Choose one person or one party under “Accountable (A)”.
fix-web-R002 =
    Choose one person or one party under “Accountable (A)”. { $reason ->
        [group] Put the group under “Consulted (C)”, so it still has its say.
       *[many] Put the others under “Responsible (R)” or “Consulted (C)”.
    }
fix-web-R003 = Choose at least one person, party or group under “Responsible (R)” that actually does the work.
fix-web-C001 = Decide who will do the task { $task }. On the task's page, choose someone under “Responsible (R)” and someone under “Accountable (A)”.
fix-web-C002 = Check whether you really carry out this task. If so, choose a higher ambition level in Settings. If not, remove the task from the division. You can add it again later.
fix-web-K001 = Choose a second person under “Backup” who takes over in case of illness, leave or departure.
fix-web-K002 = Choose someone other than { $person } under “Backup”.
fix-web-K003 = Choose someone from a party other than { $party } under “Backup” or “Accountable (A)”.
fix-web-K004 = Make sure these tasks do not depend on { $party } alone. Add someone from another party to each task, for example under “Backup” or as a second “Responsible (R)”.
fix-web-K005 = Give at least two people admin rights on the code repository, where the code lives (for example GitHub or GitLab). Then tick “Has admin rights on the code repository” for those people.
fix-web-K006 = Write down how the task { $task } is done: the steps, the tools and where to find information. Put a link to that description under “Way of working”.
fix-web-O001 =
    { $basis ->
        [budget] Fill in the hours a week of { $party } on its tasks, and an hourly rate on the Money page. Then that work counts as an in-kind contribution, and { $party } pays less or receives money back.
       *[flag] Agree how { $party } is compensated for the time it spends, with money or in another way. Then choose “Yes” under “Is the coordinator compensated for the time it takes?”.
    }
fix-web-O002 = Put a group under “Consulted (C)”, for example the steering group or all participants. That way others have a say in decisions about money.
fix-web-O003 = Give the task { $task } to a municipality or a neutral party that does not develop the product. { $party } can still be under “Consulted (C)”, so its knowledge keeps counting.
fix-web-O004 = Agree on a community contribution to pay the external party, and choose “Yes” under “Do the participants pay a community contribution?”. Or choose something else under “How it is divided”, such as a coordinating municipality.
fix-web-O005 = Choose an arrangement that suits { $level }, or choose another ambition level.
fix-web-O006 = Before { $date }, plan a hand-over meeting between { $from } and { $to }. Check that the way of working of { $task } is written down and that { $to } has access everywhere.
fix-web-O007 = Appoint someone for the task Collaboration coordination: choose someone under “Responsible (R)” and someone under “Accountable (A)”. This person keeps the overview and makes sure agreements are kept.
fix-web-O008 =
    { $role ->
        [rotation] Remove “{ $id }” from the rotation order. Is it a municipality after all? Then choose “Municipality” under “Kind of organisation” for this party.
       *[coordinator] Choose a municipality as lead partner. Is “{ $id }” a municipality after all? Then choose “Municipality” under “Kind of organisation” for this party.
    }
fix-web-F001 = Put the community's money in its own cost centre or a separate administration. Then choose “Yes” under “Is the collaboration's money kept apart from other budgets?”.
fix-web-F002 = Build the reserve up to 3 to 6 months of fixed costs: 3 to 6 times { $fixed }. Discuss in the meeting how to do that, for example with a slightly higher contribution for a few years.
fix-web-F003 =
    { $missing ->
        [fixed] Fill in an amount under “Fixed costs a month (euro)”.
        [reserve] Fill in an amount under “Reserve (euro)”.
       *[both] Fill in an amount under “Fixed costs a month (euro)” and under “Reserve (euro)”.
    }
fix-web-F004 =
    { $reason ->
        [nobody] Add the municipalities that pay as parties of the kind “Municipality”.
        [rate] Fill in an hourly rate in euros in the budget, for example 75.
        [tiers] Fill in the tiers: an amount per size of municipality. Or choose another way to divide the cost.
       *[inhabitants] Fill in the number of inhabitants for every municipality that pays. Or divide the cost in equal shares.
    }
fix-web-F005 = Raise the amounts in the tiers, or make the budget smaller. Or divide the cost in equal shares or by inhabitants: those never leave a shortfall.
fix-web-E001 = Fill in the date of the last evaluation. Have you never evaluated? Then put an evaluation on the agenda of the next meeting.
fix-web-E002 = Put an evaluation of the role division on the agenda of the next meeting. Afterwards, fill in the new date.
fix-web-A001 = Consider lowering the ambition level to { $level }. Or find people for the open tasks before you grow further.
fix-web-H001 = Give some of the tasks of { $person } to others. Or agree with the employer of { $person } on more hours, and change “Hours a week available”.
fix-web-H002 = Check whether other people can take over some of the tasks of { $person }. Or choose at least someone under “Backup” for those tasks.
fix-web-I001 = Under “Informed (I)”, fill in next to “{ $who }” how that happens, for example through the newsletter, by email or in the meeting.
fix-web-O009 = Choose the lead partner under “Coordinating municipality (penvoerder)”.
fix-web-O010 = Agree with { $party } how the turn can still work: more hours for the people who do the tasks, a colleague from another municipality who helps, or { $party } skips a turn in the rotation.

# Notices of the export page, naming the field on the people page.
web-notice-missing-forge-username = { $name } is not in CODEOWNERS: fill in “User name on GitHub or GitLab” for this person on the People page.
web-notice-invalid-forge-username = { $name } is not in CODEOWNERS: the user name “{ $username }” cannot exist on a code platform. Use only letters, digits, - _ and . under “User name on GitHub or GitLab”.
web-notice-contract-ended = The contract with { $party } ended on { $date }. Change “Contract runs until” for this party, or publiccode.yml is not right.
web-notice-contract-without-end = { $party } has no contract end date. Fill in “Contract runs until” for this party: publiccode.yml asks for it for every contractor.

# Findings that name roles, with the role names the web and the annex use.
finding-web-title-R001 = Task without an accountable (A)
finding-web-R001 = For the task { $task }, nobody is accountable (A).
finding-web-title-R002 = Accountable (A) is not one person or party
finding-web-R002 =
    For the task { $task }, { $reason ->
        [group] a group is accountable (A): { $holders }.
       *[many] several people or parties are accountable (A): { $holders }.
    }
finding-web-title-R003 = Task without a responsible (R)
finding-web-R003 = For the task { $task }, nobody does the work: there is no responsible (R).
finding-web-K002 = For the task { $task }, { $person } is both the only responsible (R) and the backup.
finding-web-K003 = For the critical task { $task }, everyone involved (responsible, accountable and backup) comes from { $party }.
finding-web-K004 = If { $party } leaves the collaboration, nobody is responsible (R) or accountable (A) for these tasks any more: { $tasks } (count: { $count }).
finding-web-O002 = { $party } is the lead partner and also accountable (A) for { $task }, but no group is consulted (C).
finding-web-O003 =
    { $party } develops the product and is also { $letter ->
        [A] accountable (A)
       *[R] responsible (R)
    } for { $task }.
finding-web-H002 = { $person } is responsible (R) or accountable (A) for { $count } tasks.
finding-web-title-I001 = Informed (I) without a channel
findings-go-to-field = Go to the field
