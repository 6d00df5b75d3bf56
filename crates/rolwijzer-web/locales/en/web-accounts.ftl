# Invitations (the access page and the invitation link) and disabling accounts.

invite-title = Invite someone
invite-intro = Enter the e-mail address of the person you want to invite, and choose a role. You get a link. Send that link to the person yourself, for example by e-mail or chat. With the link the person makes an account, or signs in with an existing account, and then gets access.
invite-email = E-mail address
invite-email-hint = For example carla.smit@deventer.nl. rolwijzer does not send e-mail yet: the address only shows whom the link is for.
invite-submit = Make a link
invite-error-email-empty = Enter the e-mail address.
invite-error-email = This e-mail address is not right. Check it, for example: carla.smit@deventer.nl
invite-made = Invitation made for
invite-made-intro = Send this link to the person. You see the link only once. Whoever has the link can use it: send it only to this person.
invite-link-label = Invitation link
invite-copy = Copy link
invite-copied = The link has been copied.
invite-valid = The link works for { $days ->
        [one] 1 day
       *[other] { $days } days
    }.
invite-once = The link works only once.
invite-pending-title = Open invitations
invite-pending-none = There are no open invitations.
invite-pending-caption = Invitations not used yet
invite-col-email = E-mail address
invite-col-by = Invited by
invite-col-until = Works until
invite-revoke = Revoke
invite-pending-hint = A revoked link stops working at once. Want to send the link again? Revoke it and make a new one.

invite-page-title = Invitation
invite-page-intro = { $by } invites you to the collaboration { $collaboration }. Your role will be: { $role }.
invite-someone = Someone
invite-signed-in-as = You are signed in as
invite-accept = Accept the invitation
invite-other-account = Want to use another account? Sign out first and open this link again.
invite-new-title = Make your account
invite-display-name = Your name
invite-display-name-hint = The name others see, for example Carla Smit.
invite-username = User name
invite-create-submit = Make account and continue
invite-have-account = Already have an account? Sign in first and then open this link again.
invite-error-summary = Not everything is filled in right. See the fields below.
invite-error-name-empty = Enter your name.
invite-error-taken = This user name is already in use. Choose another.
invite-unknown = This invitation link does not exist. Check that you copied the whole link.
invite-expired = This invitation has expired. An invitation works for 7 days.
invite-revoked = This invitation has been revoked and no longer works.
invite-used = This invitation has already been used. An invitation works only once.
invite-dead-what-now = Ask the person who invited you for a new link. Did you accept the invitation yourself already? Then sign in.

admin-col-status = Status
admin-status-active = active
admin-status-disabled = disabled
admin-disable = Disable
admin-enable = Enable again
admin-disable-hint = A disabled account is signed out everywhere at once. Its API tokens stop working and it cannot sign in. Enabling it again does not bring the old API tokens back.
admin-disabled = Account { $username } is disabled. It is signed out everywhere and its API tokens no longer work.
admin-enabled = Account { $username } is enabled again. Signing in with its password works again.
admin-error-disable-self = You cannot disable your own account. Ask another administrator, or use: rolwijzer user disable

password-title = Change password
password-intro = Choose a new password. You are then signed out on other devices, and your API tokens stop working. Here you stay signed in.
password-current = Current password
password-new-hint = At least { $min } characters. A sentence of a few words is easy to remember and hard to guess.
password-error-current = The current password is not right.
password-changed = Your password has been changed. You are signed out on other devices and your API tokens no longer work.
password-to-tokens = To your API tokens
password-link = Change password
