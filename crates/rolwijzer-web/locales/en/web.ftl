# General texts of the web app.
skip-to-content = Skip to content
nav-site = Main menu
nav-collaboration = Parts of this collaboration
nav-my-collaborations = My collaborations
nav-login = Sign in
nav-admin = Manage accounts
nav-logout = Sign out
nav-overview = Overview
nav-matrix = Who does what (RACI)
nav-checklist = Checklist
nav-findings = Findings
nav-people = Parties and people
nav-workload = Workload
nav-departure = On departure
nav-rotation = Rotation
nav-money = Money
nav-evaluation = Evaluation
nav-history = History
nav-members = Access
nav-settings = Settings
nav-import = Import
collab-label = Collaboration
revision = revision
published = public
role-owner = owner
role-editor = editor
role-viewer = viewer
role-visitor = read only
severity-error = Error
severity-warning = Warning
severity-advice = Advice
footer-credit = rolwijzer is based on the VNG Realisatie guide to open-source collaboration, "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0), in our own words.
footer-about = About rolwijzer

home-title = Dividing roles and tasks in an open-source collaboration
home-title-member = My collaborations
home-intro = Municipalities that build software together divide who does what here. rolwijzer checks the division against the VNG Realisatie guide and shows what is still missing.
home-intro-member = Choose a collaboration, or start a new one.
home-new = New collaboration
home-none = You are not a member of any collaboration yet. Start a new one, or ask the owner of a collaboration to add you.
home-published = Public collaborations
home-look-inside = View the role division

about-title = About rolwijzer
about-what = rolwijzer helps municipalities that build or maintain open-source software together to divide tasks, keep the division up to date and show who does what.
about-source-title = Source
about-source = The tasks, ambition levels, ways of dividing, the checklist and the tips come from the chapter "Stap 2: Verdeel rollen en taken" of the VNG Realisatie guide to inter-municipal open-source collaboration. That guide is licensed CC BY-SA 4.0. We have put the text in our own words; we share these texts under the same licence.
about-licence-title = Licence
about-licence = rolwijzer is free software under the European Union Public Licence (EUPL) 1.2.

login-title = Sign in
login-username = User name
login-password = Password
login-submit = Sign in
login-failed = The user name or password is not right. Check both and try again.
login-throttled = A wrong password was used too often for this user name from your address. Wait { $seconds ->
        [one] 1 second
       *[other] { $seconds } seconds
    } and try again. From another device or network you can sign in straight away.
login-forgot = Forgot your password? Ask the administrator for a new link to set a password.

setup-title = Set password
setup-intro = Choose a password for the user { $username }. You will be signed in right away.
setup-password = New password
setup-password-hint = At least 12 characters. A sentence of a few words is easy to remember and hard to guess.
setup-repeat = Repeat the password
setup-submit = Save password
setup-invalid = This link does not work (any more). A link works once and for a limited time. Ask the administrator for a new link.
setup-too-short = The password is too short. Choose a password of at least { $min } characters.
setup-mismatch = The two passwords are not the same. Type the same password twice.

overview-title = Overview
overview-level = Ambition level
overview-arrangement = Way of dividing
overview-filled = Required tasks assigned
overview-findings = Findings
overview-findings-legend = errors, warnings, advice
overview-parties = Parties
overview-people = People
overview-reserve = Reserve
overview-reserve-months = { $months } months of fixed costs
overview-evaluation-due = Next evaluation
overview-next-handover = Next hand-over in the rotation
overview-top-findings = Most important findings
overview-no-findings = There are no errors or warnings.
overview-all-findings = All findings
overview-contact = Contact person

conflict-title = Someone else has just saved a change
conflict-intro = While you were making this change, someone else saved a new version. Your change has not been saved yet. Below you see both changes. You can apply your change again to the newest version.
conflict-theirs = Changes in the newest version
conflict-mine = Your change
conflict-reapply = Apply my change to the newest version
conflict-or = Or:
conflict-discard = drop my change and go back to the page, showing the newest version
conflict-my-version = My version as YAML (to keep)

privacy-title = Privacy
privacy-intro = This page says what personal data this rolwijzer stores, why, for how long and who can see it. The municipality or organisation that runs this rolwijzer is responsible for that data.
privacy-what-title = What we store
privacy-what-accounts = For everyone with an account: the user name, the name others see, whether the account is an administrator, and the password as a one-way hash (argon2id). We do not store the password itself.
privacy-session = After signing in: a session of { $hours } hours, with a secret key in a cookie. We store only a hash of that key.
privacy-setup-link = A link to set a password works once and for { $days ->
    [one] { $days } day
   *[other] { $days } days
}. We store only a hash of the link.
privacy-what-signin = For sign-in attempts: per user name and internet address, how many attempts failed and when. We use this only to slow down password guessing.
privacy-what-tokens = For API tokens: the token's name, when it was made and last used, and a hash of the token.
privacy-what-division = In a role division: of the people in it, the name, the organisation and, where filled in, the job title, e-mail address, phone number, hours a week and user name on the code platform. Every saved version is kept, with who saved it and when.
privacy-why-title = Why
privacy-why = Municipalities that work together need to know who does which task and whom they can reach. That is what the role division is for. Accounts, sessions and sign-in attempts are needed so that only the right people can change it.
privacy-who-title = Who sees the data
privacy-who = Only the members of a collaboration see its role division, with their role: owner, editor or reader. An owner can publish the collaboration: only a summary (which organisations do which tasks), or every page to read. Even then nobody without a role sees the people's names, e-mail addresses, phone numbers, hours, job titles or user names, unless an owner switches that kind of detail on. Visitors never see who changed what. Only the administrator sees other people's user names.
privacy-how-long-title = For how long
privacy-how-long = Accounts and role divisions are kept until the administrator removes them. { $versions } Someone who leaves can ask to be forgotten: their name then becomes a neutral name in every version, such as “former-staff 3”, and their e-mail address, phone number, job title and user name on the code platform are erased. Sessions and links expire by themselves after the time given above.
privacy-versions-all = Old versions of a role division are all kept.
privacy-versions-days = Old versions of a role division are removed after { $days } days. The newest version and versions of which an evaluation was recorded stay.
privacy-security-title = Security
privacy-security = Passwords, sessions, links and API tokens are stored only as hashes in the database.
privacy-transport-https = This rolwijzer is set up to work only over a secure connection (HTTPS).
privacy-transport-unknown = The administrator has not set this rolwijzer up to work only over HTTPS; ask the administrator how the connection is secured.
privacy-rights-title = Your rights
privacy-rights = You may ask which data about you is stored, and ask for it to be corrected or removed. Contact the administrator of this rolwijzer or the privacy contact of the organisation that runs it.
footer-privacy = Privacy

## Limits (issue 13)
limit-collaborations = You already own { $max } collaborations. This server allows no more. Hand a collaboration over to another owner, or ask the administrator to raise the limit. Nothing was created.
limit-bytes = This collaboration, with all its versions, nearly uses the { $max } this server allows per collaboration. This change was therefore not saved. Ask the administrator to clean up old versions or to raise the limit.

## The administrator's privacy page
privacy-admin-title = Privacy requests
privacy-admin-intro = Here you handle requests under the GDPR: forget someone, show what is stored about someone, or delete an account. Everything you do here goes into the privacy log at the bottom.
privacy-admin-forget-title = Forget a person
privacy-admin-forget-intro = In the current division and in every older version the name becomes a neutral name, such as “former-staff 3”. E-mail address, phone number, job title and forge user name are erased. This also works for someone already taken out of the current division. It cannot be undone.
privacy-admin-collaboration = Collaboration
privacy-admin-collaboration-hint = The part after /c/ in the address, for example open-inkomensloket.
privacy-admin-person = The person's id
privacy-admin-person-hint = The id is on the People page, for example eva.
privacy-admin-forget-confirm = Yes, forget this person for good in this collaboration.
privacy-admin-export-title = Access request: everything about a person or account
privacy-admin-export-intro = Fill in an e-mail address (a person in the divisions, in every collaboration and version) or the user name of an account. You get a JSON file to download.
privacy-admin-email = E-mail address
privacy-admin-email-hint = Fill in an e-mail address or a user name, not both.
privacy-admin-account = User name of the account
privacy-admin-export-submit = Download as JSON
privacy-admin-delete-title = Delete an account
privacy-admin-delete-intro = The account goes, with its sessions, links, API tokens and memberships. Versions the account made stay, but without an author.
privacy-admin-delete-confirm = Yes, delete this account for good.
privacy-admin-delete-submit = Delete account
privacy-admin-log-title = Privacy log
privacy-admin-log-empty = Nothing has been forgotten, requested or deleted yet.
privacy-admin-col-when = When
privacy-admin-col-action = What
privacy-admin-col-who = By
privacy-admin-col-collaboration = Collaboration
privacy-admin-col-subject = About
privacy-admin-col-reason = Why
privacy-admin-action-forget-person = Person forgotten
privacy-admin-action-delete-account = Account deleted
privacy-admin-action-inzage = Access request
privacy-admin-actor-cli = administrator (command line)
privacy-admin-actor-gone = deleted account
privacy-admin-forgotten = In { $collaboration } the person is now called “{ $label }”. { $revisions ->
    [one] { $revisions } stored version was changed.
   *[other] { $revisions } stored versions were changed.
} Make a new backup and throw old backups away: they still hold the person.
privacy-admin-deleted = Account “{ $user }” has been deleted.
privacy-admin-error-collaboration = There is no collaboration with this name. Look at the part after /c/ in the address.
privacy-admin-error-person = This collaboration has no person with this id, not in older versions either.
privacy-admin-error-account = There is no account with this user name.
privacy-admin-error-one = Fill in an e-mail address or a user name.
privacy-admin-error-self = You cannot delete your own account here.
privacy-admin-error-confirm-delete = Tick the box to confirm that you want to delete this account for good.
privacy-admin-link = Privacy requests: forget someone, access requests, delete an account
nav-group-overview = Overview
nav-group-tasks = Tasks
nav-group-people = People
nav-group-planning = Planning
nav-group-money = Money
nav-group-documents = Documents
nav-group-admin = Management
nav-group-pages = Pages in this part
nav-files = Technical files
next-step-title = Next step
next-step-fix = Fix this first:
next-step-fix-link = Go to the field that fixes this
next-step-advice = There are no errors or warnings left. This advice makes the division even better:
next-step-advice-link = Go to the field for this advice
next-step-evaluation =
    { $status ->
        [never] The division is in order. Now plan the first evaluation: discuss together whether the roles still fit, then record what you decided.
        [overdue] The evaluation should already have been held ({ $due }). Put it on the agenda of the next meeting.
       *[soon] The next evaluation is almost due: by { $due }. Put it on the agenda of the next meeting.
    }
next-step-evaluation-link = Go to the evaluation
next-step-publish = Everything is in order. Publish the role division, so that all participants and anyone interested can read it.
next-step-publish-link = Go to publishing
next-step-annex = Everything is in order and public. Download the annex and attach it to the collaboration agreement.
next-step-annex-link = Go to the annex (PDF)

# The role names of the web, the same as the annex: Dutch first, the letter beside it.
raci-r = Responsible (R)
raci-a = Accountable (A)
raci-c = Consulted (C)
raci-i = Informed (I)
raci-backup = Backup (B)

# The levels described in the third person: the same words suit members and
# the public page's visitors.
level-sharing-desc = The participants share the code, but nobody steers the work together. Only the three basic tasks are needed: a contact person, administration of the code repository and technical maintenance.
level-light-desc = The participants meet regularly and make agreements together. On top of the basic tasks, two tasks are added: coordinating the meetings and coordinating the collaboration.
level-structured-desc = The participants work together under fixed agreements, often with a community contribution and a roadmap. On top of the light-coordination tasks come tasks for money, product decisions, technology, the community and suppliers.
