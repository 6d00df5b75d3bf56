# web-history (en): history, evaluation, access, import, public page, user management.

## History
history-title = History
history-intro = Every time someone saves the role division, rolwijzer keeps a new version. Nothing is ever lost. Here you see every version, newest first.
history-list-title = All versions
history-table-caption = Versions of the role division, newest first
history-col-number = Version
history-col-when = When
history-col-author = By
history-col-kind = Kind
history-col-summary = What changed
history-col-actions = View
history-current = current version
history-author-none = rolwijzer
history-author-hidden = not public
history-summary-hidden = Compare versions to see what changed.
history-date-time = { $date } at { $time }
history-kind-create = first version
history-kind-edit = change
history-kind-import = file imported
history-kind-restore = old version restored
history-kind-merge = change applied again
history-what-changed = What changed?
history-compare-now = Compare with now
history-restore = Restore this version
history-restore-hint = Restoring an old version makes a new version with the same content as the old one. The versions in between are kept, so you can always undo it.
history-restore-summary = Version { $number } restored.
history-compare-title = Compare two versions
history-compare-from = From version
history-compare-to = To version
history-compare-submit = Compare
history-diff-title = Difference between two versions
history-diff-from = From
history-diff-to = to
history-diff-changes = What changed
history-diff-invalid = These versions do not exist. Choose two versions between 1 and { $head }.
history-back = Back to the history
history-conflict-title = Someone else has just saved something
history-conflict-intro = While you were restoring an old version, someone else saved a new version. Nothing has been restored yet. Below you see what the other person changed. Do you still want to restore the old version? Then those changes are undone too; they stay in the history.
history-conflict-again = Restore anyway
history-conflict-cancel = do not restore, and look at the history

## Evaluation
evaluation-title = Yearly evaluation
evaluation-intro = A role division gets out of date: people leave, municipalities join, tasks grow or shrink. So discuss every year whether the division still fits.
evaluation-due-title = When is the next evaluation?
evaluation-status-none = Never
evaluation-status-overdue = Overdue
evaluation-status-soon = Soon
evaluation-status-fine = On time
evaluation-status-none-text = No evaluation has been recorded yet. Plan a first talk about the role division and record the date below.
evaluation-status-overdue-text = The evaluation was due on { $due }. That was { $days ->
        [one] 1 day
       *[other] { $days } days
    } ago. Plan the talk as soon as you can.
evaluation-status-soon-text = The next evaluation is on { $due }, in { $days ->
        [one] 1 day
       *[other] { $days } days
    }. Put the talk on the agenda of the next meeting.
evaluation-status-fine-text = The next evaluation is on { $due }, in { $days ->
        [one] 1 day
       *[other] { $days } days
    }. There is plenty of time.
evaluation-last = Last evaluation
evaluation-last-none = not recorded yet
evaluation-interval = Evaluate
evaluation-interval-value = { $months ->
        [one] every month
        [12] every year
       *[other] every { $months } months
    }
evaluation-tip-title = Tip: evaluate every year
evaluation-tip = Once a year, look at the role division together. Does it still fit what you do now? When the collaboration grows or shrinks, the division often has to change with it. Use the questions below as an agenda.
evaluation-questions-title = Questions to discuss
evaluation-question-1 = Does the ambition level still fit what you do together? Are there tasks that exist only on paper, or tasks that are needed but that nobody holds?
evaluation-question-2 = Has the collaboration grown or shrunk? Have municipalities or suppliers joined or left? What does that mean for the tasks?
evaluation-question-3 = Are the hours right? Do the people with a role have enough time, and does their organisation see what they do?
evaluation-question-4 = How is the money: the community contribution, the fixed costs and the reserve?
evaluation-question-5 = Does every important task have a backup, and is it written down how the task is done?
evaluation-question-6 = Does the way tasks are divided still fit (lead municipality, in turns, distributed or external)?
evaluation-findings-now = The role division now has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } and { $advice ->
        [one] 1 piece of advice
       *[other] { $advice } pieces of advice
    }.
evaluation-findings-link = See the findings
evaluation-record-title = Record an evaluation
evaluation-record-intro = Have you discussed the role division? Then record the date. rolwijzer saves a new version with this date as the last evaluation, and remembers which version you discussed.
evaluation-date = Date of the evaluation
evaluation-date-hint = If you leave it empty, today is used.
evaluation-date-invalid = This date is not right. Write the date as year-month-day, for example 2026-11-28.
evaluation-date-future = This date is in the future. Record an evaluation after it has taken place.
evaluation-date-before-last = This date is before the last evaluation ({ $last }). Choose a later date.
evaluation-record-submit = Record evaluation
evaluation-recorded-title = Recorded evaluations
evaluation-recorded-none = No evaluation has been recorded in rolwijzer yet.
evaluation-recorded-caption = Evaluations, newest first
evaluation-col-date = Date
evaluation-col-revision = Version discussed
evaluation-col-recorded = Recorded on
evaluation-since-title = Changed since the last evaluation
evaluation-between-title = Changed between the previous and the last evaluation
evaluation-see-diff = see the difference

## Access
members-title = Access
members-intro = Here you see who can view or change this collaboration in rolwijzer.
members-roles-title = What may each role do?
members-role-owner-explained = Can do everything an editor can. Also decides who gets access and whether the public page is on.
members-role-editor-explained = Can view and change the role division, import a file and restore an old version.
members-role-viewer-explained = Can view everything, but change nothing.
members-list-title = Who has access?
members-only-owners = Only an owner can give or take away access.
members-caption = Members of this collaboration and their role
members-col-name = Name
members-col-username = User name
members-col-role = Role
members-col-actions = Change
members-you = you
members-role-of = Role of
members-change = Change role
members-remove = Take away access
members-role = Role
members-error-role = Choose a role: owner, editor or viewer.
members-error-last-owner-demote = This is the only owner. First make someone else an owner; then you can change this role.
members-error-last-owner-remove = This is the only owner. First make someone else an owner; then you can take away this access.
members-publish-title = Publishing
members-publishing-now = This collaboration is now:
members-publishing-change = An owner chooses what is public under Settings.

## Import and download
import-title = Import
import-intro = Do you have the role division as a file, for example rolverdeling.yaml from the code repository? Put it into rolwijzer here. You can choose the file or paste the text.
import-replaces = The file replaces the whole role division. The current version is kept in the history, so you can always restore it.
import-file = Choose a file
import-file-hint = A YAML or JSON file in rolwijzer's format, at most 4 MB.
import-paste = Or paste the text here
import-paste-hint = Not using a file? Then paste the content of rolverdeling.yaml into this text field.
import-pasted-name = Pasted text
import-submit = Import
import-nothing = Choose a file or paste the text of the role division.
import-too-large = The file is too large. A role division is at most 4 MB. Choose the right file.
import-summary = Imported from { $file }:
import-done = Imported as
import-findings = The role division now has { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    } and { $advice ->
        [one] 1 piece of advice
       *[other] { $advice } pieces of advice
    }.
import-see-findings = See the findings
import-changes = What changed
import-unchanged = The file is the same as the current version. Nothing was saved.
import-conflict = While you were importing, someone else saved a new version. Your file has not been saved yet. The text of your file is in the text field below. Click Import to save it anyway; it then also replaces the other person's changes (they stay in the history).
import-download-title = Download
import-download-text = Download the current version as rolverdeling.yaml, for example to put it in the code repository or to check it with the command line.
import-download = Download rolverdeling.yaml

## Public page
public-kicker = Public information about this collaboration
public-website = Website
public-member-link = To the role division in rolwijzer (you have access)
public-contact-title = Contact
public-contact-none = No contact person has been named yet.
public-email = E-mail
public-phone = Phone
public-party-contacts = Contact people per participant
public-join-title = Joining
public-join-default = Would your municipality like to join? Contact the contact person above. They will tell you how the collaboration works, what joining costs and which agreements there are.
public-organisation-title = How the collaboration is organised
public-level = Ambition level
public-arrangement = Way of dividing tasks
public-tasks-title = Who does what?
public-tasks-intro = For each task, below is who does the work and who is accountable for it.
public-tasks-none = No tasks have been divided yet.
public-tasks-caption = Tasks with who does them (R) and who is accountable (A)
public-col-task = Task
public-credit = This role division follows the VNG Realisatie guide on collaborating on open source, "Stap 2: Verdeel rollen en taken" (CC BY-SA 4.0).
public-credit-more = About rolwijzer

## User management
admin-title = Users
admin-intro = Here you make accounts and make a link with which someone sets a (new) password. rolwijzer sends no e-mail: pass the link on yourself, for example by chat or phone.
admin-users-title = All accounts
admin-users-caption = Accounts in this rolwijzer
admin-col-username = User name
admin-col-name = Name
admin-col-admin = Administrator
admin-col-password = Password
admin-col-actions = Link
admin-yes = yes
admin-no = no
admin-you = you
admin-password-set = set
admin-password-not-set = not set yet
admin-new-link = New password link
admin-new-link-hint = Forgot a password? Make a new password link and pass it on. The old password keeps working until the link is used.
admin-add-title = Add an account
admin-username = User name
admin-username-hint = Lower-case letters, digits, full stop, hyphen or underscore; 2 to 64 characters. For example: marie.jansen
admin-display-name = Name
admin-display-name-hint = The name others see, for example Marie Jansen. If you leave it empty, the user name is used.
admin-is-admin = Administrator of rolwijzer
admin-is-admin-hint = An administrator can make accounts and password links. Only give this to whoever runs rolwijzer.
admin-add-submit = Add account
admin-error-username = This user name cannot be used. Use 2 to 64 characters: lower-case letters, digits, full stop, hyphen or underscore.
admin-error-display-name = The name is too long. Use at most { $max } characters.
admin-error-taken = This user name already exists. Choose another name, or make a new password link for the existing account.
admin-created = Account created for
admin-link-made = New password link made for
admin-link-intro = Pass this link on. With it the person sets a password themselves. You see the link only once.
admin-link-label = Link to set the password
admin-link-valid = The link works for { $days ->
        [one] 1 day
       *[other] { $days } days
    }.
admin-link-once = The link works only once.
