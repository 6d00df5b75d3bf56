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
privacy-how-long = Accounts and role divisions are kept until the administrator removes them. Old versions of a role division are kept too; removing someone from every old version is not possible yet. Sessions and links expire by themselves after the time given above.
privacy-security-title = Security
privacy-security = Passwords, sessions, links and API tokens are stored only as hashes in the database.
privacy-transport-https = This rolwijzer is set up to work only over a secure connection (HTTPS).
privacy-transport-unknown = The administrator has not set this rolwijzer up to work only over HTTPS; ask the administrator how the connection is secured.
privacy-rights-title = Your rights
privacy-rights = You may ask which data about you is stored, and ask for it to be corrected or removed. Contact the administrator of this rolwijzer or the privacy contact of the organisation that runs it.
footer-privacy = Privacy
