<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+122" />
        <source>Windows Credential Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>macOS Keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>your system's keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+81" />
        <location line="+203" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-186" />
        <source>Connected accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Add account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Make &amp;default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reconnect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to the selected account again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Council default ({mode})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Language the selected account posts in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language of the selected account:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Welsh only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>English only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Welsh and English (one bilingual post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Passwords and tokens are kept in {store}, never in Crier's files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+60" />
        <source>Sign out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sign out of {handle}? Its credentials are removed from this computer. Posts queued for it stay in the outbox until you connect it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-333" />
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Last used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Needs signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Can't store credentials on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source> — default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="+88" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+53" />
        <source>Saved {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Not saved: something went wrong. Crier keeps trying; your text stays here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BilingualPane</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="+95" />
        <source>Cymraeg (Welsh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Write the Welsh post here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Write the English post here…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/ui/calendar_grid.py" line="+126" />
        <source>Calendar</source>
        <extracomment>How much of a post's text a chip's accessible name says.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <source>Sent {when}, {account}, {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>{when}, {account}, {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Sent: it can't be moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled: Alt+arrow keys move it, Enter chooses another time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="+79" />
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Previous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ne&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Shown period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Chosen post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Calendar messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Drag a scheduled post to move it, or choose it with Tab or the arrow keys and press Alt+arrows to move it by a day or an hour (a week in the month view).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Reschedule…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+77" />
        <source>Choose a post to see it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Sent {when}: {post}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Scheduled for {when}: {post}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Moved to {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The post couldn't be moved; it keeps its time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+141" />
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+72" />
        <source>Checks appear here as you write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-67" />
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Apply suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ignore here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Apply suggestion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ignore this finding for this draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sp&amp;lit into thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Put a line with --- where each post of the thread starts, so you can see and move it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+55" />
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{errors} to fix before posting, {others} to consider.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecksWiring</name>
    <message>
        <location filename="../../desktop/ui/checks_wiring.py" line="+110" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+331" />
        <source>{choice} (from your organisation)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+31" />
        <source>Connect {network}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Connect</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+60" />
        <source>Count for {network}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Preview pa&amp;rts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Preview the post on each network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>How each network gets this post (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+87" />
        <source>Count this post for {n}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n characters left</source>
        <translation>
            <numerusform>%n character left</numerusform>
            <numerusform>%n characters left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>over the limit for one post by {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n bytes left</source>
        <translation>
            <numerusform>%n byte left</numerusform>
            <numerusform>%n bytes left</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>over the limit of {limit} bytes by {n}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="-70" />
        <location line="+73" />
        <source>%n posts</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>goes as a thread of {n}; Ctrl+P shows the parts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../desktop/ui/draft_actions.py" line="+98" />
        <source>Crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <source>New draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+44" />
        <source>Duplicate draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Restore from Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Undone: the draft is in the Trash. Ctrl+Shift+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>The Trash is already empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+43" />
        <source>Earlier version restored. The text it replaced is in Earlier versions.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="+31" />
        <source>Title (optional — the first line is used if empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Draft title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Write your post here…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Post text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/empty_hint.py" line="+15" />
        <source>Select a draft on the left, or press Ctrl+N to start a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="+14" />
        <source>&amp;Bilingual (Cymraeg + English)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Bilingual draft: a Welsh and an English text</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../desktop/ui/drafts_model.py" line="+301" />
        <location line="+5" />
        <source>Untitled draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <source>{title}, edited {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+66" />
        <source>Team: {state}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Posted to {accounts} on {date} at {time}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../desktop/ui/drafts_view.py" line="+39" />
        <source>Search drafts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Search drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <location line="+68" />
        <source>Clear search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-62" />
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>All drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Not posted yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>In the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sort by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Newest edits first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Oldest edits first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Title A–Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Sho&amp;w:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ort by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+66" />
        <source>No drafts match “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>The Trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>No drafts yet. Press Ctrl+N to write one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="-346" />
        <source>Must fix</source>
        <extracomment>Underline colours (graphics: 3:1 on white or more); the findings' text keeps the palette's colour.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Consider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Tip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+66" />
        <source>Suggestion: {s}</source>
        <extracomment>Severity is never colour alone: each has its word and this icon (QStyle.StandardPixmap) too. A 100 KB paste can have thousands of findings; a person reads the first few, and laying out thousands of rows or underlines would stall the GUI thread. The summary says how many there are.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="+150" />
        <location line="+5" />
        <source>Earlier versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Version preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Changes between this version and now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Changes to now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Crier keeps a version before every suggestion applied and every restore, and one every couple of minutes while you write: all from the last hour, then fewer as they get older.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>This version is in Welsh and English; the draft is now one text. Restoring it brings back both texts. The Text tab shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>This version is one text; the draft is now in Welsh and English. Restoring it makes the draft one text again. The Text tab shows it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>No changes to the Welsh text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No changes to the English text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>removed since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>added since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-37" />
        <source>This is the text as it is now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <location line="+20" />
        <source>Cymraeg (Welsh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HoldersDialog</name>
    <message>
        <location filename="../../desktop/ui/team_holders.py" line="+46" />
        <source>Who publishes for each account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Only these people's PCs send an account's approved posts. Add someone only when their PC holds the account's sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Team accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Who publishes for this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Publishes for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Team member to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Team member:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>A&amp;dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add as one who publishes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Only a team admin can change who publishes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Who publishes is shown when connected to the team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>The team has no accounts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>No one: its approved posts wait.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>{name} now publishes for {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Remove one who publishes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Stop {name}'s PCs publishing for {account}? Its approved posts are sent only by the people left on the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>{name} no longer publishes for {account}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../desktop/ui/images_view.py" line="+42" />
        <source>Attached images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Attach i&amp;mage…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Remo&amp;ve image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Alt text for the selected image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Describe the image for people who can't see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alt text:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+55" />
        <source>No alt text yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n image(s) need alt text before posting.</source>
        <translation>
            <numerusform>%n image needs alt text before posting.</numerusform>
            <numerusform>%n images need alt text before posting.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>Attach an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ui/team_join_dialog.py" line="+19" />
        <source>Join team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Team database address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Your user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Leave empty for Windows (Kerberos) sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Set by your organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Join</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+240" />
        <source>This isn't valid JSON: {problem} on line {line}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <location line="-224" />
        <source>One per line</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+90" />
        <location line="+3" />
        <location line="+362" />
        <source>Crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-347" />
        <source>Write or preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-41" />
        <location line="+41" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-29" />
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Opening your drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+163" />
        <source>Saved {time}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/draft_actions.py" line="-100" />
        <source>Moved %n draft(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Moved %n draft to the Trash. Ctrl+Z brings it back.</numerusform>
            <numerusform>Moved %n drafts to the Trash. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Delete %n draft(s) in the Trash for good? This can't be undone.</source>
        <translation>
            <numerusform>Delete %n draft in the Trash for good? This can't be undone.</numerusform>
            <numerusform>Delete %n drafts in the Trash for good? This can't be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+82" />
        <source>Queued. The Outbox shows its progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+66" />
        <source>About Crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Crier {version}
Draft, check and publish council social media posts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+59" />
        <source>Not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Your latest changes could not be saved ({problem}). Close anyway and lose them?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../desktop/ui/ops.py" line="+76" />
        <source>Crier could not do that; the log has the details.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_model.py" line="+90" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Override reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-55" />
        <source>Waiting: the account needs connecting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Scheduled for {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Waiting: {network} can't be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Waiting: your organisation's proxy asked for a sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for its Welsh pair to go out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for its English pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Queued behind post {post} of the same account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Retrying at {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Queued: ready to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>Queued</source>
        <comment>column: when the post was queued</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <comment>column: when the post was sent</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Sent (%n parts)</source>
        <translation>
            <numerusform>Sent (%n part)</numerusform>
            <numerusform>Sent (%n parts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending part {i} of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="+33" />
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Send &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Edit (back to &amp;drafts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;pen post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cop&amp;y error</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeriodsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+82" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>A&amp;dd period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>Period {n} needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{name}: {start} to {end}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/post_dialog.py" line="+47" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>needs connecting; the post will wait in the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>can't be posted: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>must be fixed before posting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>needs fixing, or a reason to post anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Accounts to post to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Send as soon as possible (now if online)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Schedule for:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Scheduled time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>What must be fixed before posting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The checks found what must be fixed before posting:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Reason for posting anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Why this should go out as it is (kept with the post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason for posting anyway:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Post this draft to:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Posting</name>
    <message>
        <location filename="../../desktop/ui/posting.py" line="+59" />
        <location line="+3" />
        <location line="+248" />
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-243" />
        <source>Connection status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Posts waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Post…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <location line="+42" />
        <location line="+77" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-119" />
        <source>This draft is empty: write something first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The team has no accounts yet: an account connected on a team PC joins the team at that PC's next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>too long for one post: goes as a thread of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+58" />
        <source>Saved on this PC for approval: it goes to the team as soon as the team database can be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Posted without approval: it is in the team outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Submitted for approval. The Team area lists it under My submissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Already posted to {accounts} on {date} at {time} — post again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>This draft has already been posted — post again?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Post again?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>%n waiting to post</source>
        <translation>
            <numerusform>%n waiting to post</numerusform>
            <numerusform>%n waiting to post</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n need attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="+54" />
        <source>Preview</source>
        <extracomment>The council's settings, its accounts and their limits, read on the worker thread: a bilingual draft's preview shows what each account gets (a Welsh and an English account a pair, a bilingual one one post).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>How each network will get this draft. A long post becomes a thread for that network's own limit; a line with only --- starts a new post everywhere threads exist (Facebook keeps one post).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Posts on each network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>Choose a network under the editor to see the post as it will appear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{network}, the Welsh account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{network}, the English account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{network}, one bilingual post</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>{network}: a thread of %n posts</source>
        <translation>
            <numerusform>{network}: a thread of %n post</numerusform>
            <numerusform>{network}: a thread of %n posts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>none sent (the network detects it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{n}/{limit} bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Post {i} of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Image {i}: {network} takes fewer images; this one won't be posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Image {i}: {alt}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Image {i}: no alt text yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+53" />
        <source>&amp;Select All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Step up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Step &amp;down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-10" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-18" />
        <source>Show Details...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="-199" />
        <source>Reschedule post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Send it at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Send it at</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="-116" />
        <source>Now · Welsh and English: {start}</source>
        <extracomment>(removed, added) text colours: 4.5:1 or more on a light and on a dark text background.</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Now · %n characters</source>
        <translation>
            <numerusform>Now · %n character</numerusform>
            <numerusform>Now · %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>{when} · Welsh and English: {start}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{when} · %n characters</source>
        <translation>
            <numerusform>{when} · %n character</numerusform>
            <numerusform>{when} · %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+26" />
        <source>Checks to run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Untick a check to turn it off. Ticked checks look at every draft as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Set by your organisation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location line="-444" />
        <source>From your organisation (can't be removed here):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>{setting}, from your organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Read only: your organisation set these entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Your own, which you can change:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Set by your organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+87" />
        <source>Set by your organisation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+130" />
        <source>Settings</source>
        <extracomment>Settings whose prefix would put them where nobody looks for them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Settings sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hecks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Posting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accounts &amp;&amp; apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;ther</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Problem saving settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+121" />
        <source>Please check: {settings}. Nothing has been saved yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="+72" />
        <location line="+2" />
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SideEditor</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="-52" />
        <source>Counts for {side}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop/ui/spelling.py" line="+403" />
        <source>No suggestions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Add “{word}” to dictionary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SubmissionImages</name>
    <message>
        <location filename="../../desktop/ui/team_images.py" line="+35" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Image {n}: {alt}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="+146" />
        <source>No account connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>{network} can't be reached; %n posts wait for it</source>
        <translation>
            <numerusform>{network} can't be reached; %n post waits for it</numerusform>
            <numerusform>{network} can't be reached; %n posts wait for it</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>{network} can't be reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>A post needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>An account needs signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posts for it wait in the outbox until you connect it again (Accounts, Ctrl+,).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Back online</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n post(s) from the outbox have gone out.</source>
        <translation>
            <numerusform>%n post from the outbox has gone out.</numerusform>
            <numerusform>%n posts from the outbox have gone out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/ui/team_model.py" line="+47" />
        <location line="+4" />
        <source>{state}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/states.py" line="+14" />
        <source>Not sent to the team yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Refused by the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Resubmitted for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Queued to post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Waiting to try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/team_model.py" line="+14" />
        <source>submitted it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>attached its images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>resubmitted it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>approved it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>asked for changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>commented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>edited it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>edited it at the same time as someone else</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>sent it back for review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>queued it to post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>started sending it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>sent it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>took over sending it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>cancelled it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>found it needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>couldn't send it; it will be tried again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>posted it without approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>approved it; it waits for its pair to be approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>deleted it (retention period)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamArea</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="+340" />
        <location line="+3" />
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>T&amp;eam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Join team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Team connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+58" />
        <source>Team: connected</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Team: connected, %n change(s) to send</source>
        <translation>
            <numerusform>Team: connected, %n change to send</numerusform>
            <numerusform>Team: connected, %n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Team: offline, %n change(s) to send</source>
        <translation>
            <numerusform>Team: offline, %n change to send</numerusform>
            <numerusform>Team: offline, %n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team: offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>Approved; it is queued to post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sent back to its author for changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Comment added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Saved on this PC; it is sent when connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>Joined team {team} as a team {role}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location line="-433" />
        <source>This PC has not joined a team. Join with your team user name and password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Join team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>To review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>My submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Which submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Submissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Who pu&amp;blishes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Who publishes for each account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Submitted text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location line="+29" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-26" />
        <source>Note or comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A comment, or a note with your decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Request c&amp;hanges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Team message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>To review ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>My submissions ({n})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Nothing to show here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>{state} · {account} · by {author} · {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>No comments yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>This submission is on this PC only; it goes to the team when connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The history is shown when connected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamPostDialog</name>
    <message>
        <location filename="../../desktop/ui/post_team.py" line="+48" />
        <source>Submit for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Submit this draft for approval, to post to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Team accounts to submit to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Post as soon as it is approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Submit as a Welsh and English p&amp;air</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The Welsh side goes to one account and the English side to another; each is approved on its own, and the Welsh goes out first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Welsh account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>English account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>W&amp;elsh side to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;nglish side to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Post &amp;without approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Team policy lets you post to these accounts without approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Reason for posting without approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Why it can't wait for approval (kept in the team's audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Reason for posting without appro&amp;val:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>Choose two different accounts for the Welsh and the English side.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Welsh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>English</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>can't be posted: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Post without approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Submit for approval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+161" />
        <source>One per line: "word = suggestion", or just "word"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>One per line: "word = suggestion"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Line {n} has no word before the "=".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Line {n} repeats "{term}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Line {n} needs a suggestion after "=", like "{term} = better word".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location line="-176" />
        <source>Clear {setting}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="+87" />
        <source>&amp;New draft</source>
        <extracomment>Each action's shortcut, until ``_set_shortcuts`` gives them (after the first paint): a key ("Ctrl+N") or the name of one of Qt's standard keys ("Undo"), which differ between systems.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Earlier &amp;versions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Restore from &amp;Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Sp&amp;lit into thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Preview on each network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Crier &amp;user guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+68" />
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The user guide could not be opened. It is at {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Search box</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+173" />
        <source>Crier could not open your drafts database. The log has the details; please send it to IT.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli_text.py" line="+56" />
        <source>usage: </source>
        <extracomment>argparse's own words (through its gettext hook ``argparse._``), in the catalogue under "argparse".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>positional arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>options</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/app.py" line="-116" />
        <location filename="../../desktop/cli_text.py" line="+1" />
        <source>show program's version number and exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_text.py" line="+1" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the following arguments are required: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>not allowed with argument %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>one of the arguments %s is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>checks_view</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+345" />
        <source>Over the {network} limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli_check.py" line="+45" />
        <source>--lang both needs a bilingual file. {format}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>error</source>
        <extracomment>A finding's severity as a word (the window shows it with its icon and colour too).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>info</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Suggestion: {s}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>No problems found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/app.py" line="-16" />
        <source>Draft, check and publish council social media posts, offline first.</source>
        <extracomment>The window's icon in its first frame is a small PNG, which Qt decodes itself; the SVG, which loads Qt's SVG plugin and is drawn at each size the window manager is given (3-5 ms under X11), replaces it after.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Without a command, crier opens the window; there Ctrl+P previews the post as each network will show it (its own parts, shortened links, image descriptions). Posting is checked first: by default personal data and placeholders stop a post outright, while other must-fix findings may be overridden with a one-line reason (crier queue --override); IT sets which by policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>use this SQLAlchemy database URL instead of the local drafts file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>print a health report and exit (for IT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="+46" />
        <source>print JSON for scripts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>queue a post (FILE, or - for standard input), checked first; --override "reason" where allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Queue a post for each account. It is checked first, as `crier check` and the window's Post check it: anything that must be fixed (personal data, placeholders, swearing, too long, an image without a description) stops it, listed per account, with exit status 1. Where your organisation allows a check to be overridden (setting posting.overridable_rules; by default not personal data or placeholders), --override "reason" queues it anyway and keeps the reason with the post (shown by `crier outbox`). {bilingual}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>account to post to (repeatable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>publish at this time (in the future) instead of as soon as possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>with an --at in the past: post as soon as possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>confirm an --at more than a year away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>allow a text that needs more than {n} posts to go out as a thread</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>post despite findings your organisation lets you override; the one-line reason is kept with it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>language of the post as a BCP 47 tag (en, cy, en-GB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>queue a bilingual file as a Welsh and an English post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>on a team PC: post without approval, where team policy lets you; the reason is audited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>attach a PNG, JPEG, GIF or WebP image of up to 20 MB (repeatable, at most 4), with --alt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the image's alt text, describing it for people who can't see it: one for each --image, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>count and check a post for each network: its counts (Bluesky's bytes too), the parts each network gets, findings (FILE, or - / nothing for standard input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>network to count for (repeatable; default x)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>check the Welsh, the English or both sides (default both)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>show queued, sent and failed posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>publish what is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>publish what is due, then exit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>only this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>something went wrong ({error}); the log has the details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <source>standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>the text is longer than any network accepts as a post (over {n} characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>there is no file {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>{name} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>can't read {name}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{name} is empty: there is no post in it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>{value} is not a date and time like 2026-12-01T09:30 or 2026-12-01T09:30Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>{value} is not a date Crier can use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>{value} is not a language tag Crier can use; use one like en, cy or en-GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>{when} is in the past; leave out --at (or add --now) to post as soon as possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>{when} is more than a year away; add --yes if that is the time you mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>--without-approval is for a PC joined to a team; this PC posts directly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop/cli_team.py" line="+380" />
        <source>--pair needs a bilingual file. {format}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <location filename="../../desktop/cli_team.py" line="+7" />
        <source>--pair takes two accounts, @welsh,@english, and no --account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>choose an account with --account (see `crier accounts list`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>there is an --alt without an --image to describe; give each --image one --alt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>{n} on {network}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>this text would go out as a thread of {where}; add --thread to queue it as a thread, or shorten it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>this needs fixing: fix it, or post it anyway with --override "reason"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{problem}. Nothing was queued.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-91" />
        <source>Queued post {ids} for {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-418" />
        <source>Bilingual posts: {format} Each account gets what its language mode asks for (its own, else the setting posting.language_mode): Welsh only, English only, or both in one post, Welsh first (English first where posting.bilingual_order is en-first), as a thread starting with the first language where it doesn't fit in one. --pair @welsh,@english queues the Welsh text for the first account and the English for the second; the English goes out only after the Welsh, and neither goes while the other can't. Language tags come from the text.</source>
        <extracomment>`crier queue` turns a long text into a thread of up to this many posts by itself; more needs --thread.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+422" />
        <source>Queued post {ids}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Overriding {rules}, for the reason given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+85" />
        <source>{problem}. Nothing was submitted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>The outbox is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_outbox.py" line="+21" />
        <source>This PC was offline when it last checked, at {when}: waiting posts go out once it is back online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>When this PC last checked, at {when}, {networks} couldn't be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>(team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>(overridden: {reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="+15" />
        <source>Sent {sent}, waiting to retry {waiting}, needing attention {attention}, paused for sign-in {paused}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_accounts.py" line="+20" />
        <source>the Page's numeric ID</source>
        <extracomment>`crier accounts add-…` commands that read one secret from standard input: subcommand -&gt; (form id in core.networks.forms.FORMS, [(flag, form field, help)], what the secret is). The secret field is the form's only secret field.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the Page access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>e.g. yourcouncil.bsky.social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the PDS address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>an app password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the server, e.g. mastodon.social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>list, add and remove connected accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>show connected accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>set the language an account posts in: cy (Welsh), en (English) or both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>default: the council's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>sign out of an account and forget its credentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>connect an X account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Connect an X account. --oauth1 reads the four keys as JSON on standard input ({keys}); --oauth2 signs in through the browser with the X app client ID from Settings or the machine policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>read OAuth 1.0a keys as JSON from standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>sign in through the browser (OAuth 2.0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>how long to wait for the browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>with --oauth2: the port of the callback URL registered for the X app (http://127.0.0.1:PORT/callback); X only accepts registered callback URLs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>connect a {network} account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{intro} The secret ({secret}) is read from standard input, never from arguments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="-140" />
        <location filename="../../desktop/cli_accounts.py" line="+17" />
        <source>No accounts yet. Add one in the app (Accounts, Ctrl+,) or with `crier accounts add-x`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_accounts.py" line="+8" />
        <source>(default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>last used {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Signed out of {handle} and removed its credentials from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>{handle} now posts in Welsh only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{handle} now posts in English only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{handle} now posts in Welsh and English.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{handle} now posts in the default language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>the X app client ID isn't set; set x.client_id in Settings or ask IT to set it in the machine policy, or use --oauth1 with pasted keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Opening X in your browser. If it doesn't open, visit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>give the {what} on standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Connected {handle} ({name}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Connected {handle}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop/cli_team.py" line="-81" />
        <source>connected</source>
        <extracomment>An account's status as ``crier accounts list`` says it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>needs sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>credentials unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_approvals.py" line="+27" />
        <source>Nothing is waiting for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>image {n} of {count}: {alt} ({name}, {size} KB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>say what needs changing with --comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>submission {id} is not among the submissions this PC has read from the team, so Crier can't check its words; connect to the team and run `crier approvals list`, then approve it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Saved your decision on submission {id}; it is sent at the next `crier sync --once`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Approved submission {id}; it is queued to post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Sent submission {id} back to its author for changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>the comment is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Comment added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Comment saved; it is sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the new text is empty; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Edited submission {id}; it goes back for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Saved your edit of submission {id}; it is sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_drafts.py" line="+32" />
        <source>list, show and export drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>one line per draft, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the drafts in the Trash instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>one draft's text, dates and where it was posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the draft's number, as `crier drafts list` shows it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>every draft with its text, dates and postings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>json (default) or csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>{where} on {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+53" />
        <source>The Trash is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>No drafts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Untitled draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>{value} isn't a draft number; `crier drafts list` shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>There is no draft {id}; `crier drafts list` shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>In the Trash since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_team.py" line="-243" />
        <source>the connection to the team database dropped; nothing was lost, run the command again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>join or set up a team (shared PostgreSQL database)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>create or upgrade the team schema (IT, once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Create or upgrade the team schema, roles and policies, as a role that owns the database and may create roles. The password comes from the URL or standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>add a person (a PostgreSQL role); password on standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>join this PC to a team; password on standard input</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>default: the team.database_url setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>your user name, when the address has none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>joined or not, as whom, reachable, what waits to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>change a team policy setting (admins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>for needs_approval: which account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>who publishes for each account (admins add and remove them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>each account and who publishes for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>let NAME's PCs publish for ACCOUNT (they hold its credentials)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>stop NAME's PCs publishing for ACCOUNT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>submissions waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>list submissions waiting for a decision (yours, for authors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>approve a submission (approvers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>send a submission back with a comment (approvers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>comment on a submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>replace a submission's text (FILE, or - for standard input)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the team's audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>every submission, decision, comment and post, to standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>only events on or after this date (ISO 8601)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>The password was read from the address, so it may be kept in your shell's history and shown to other users of this computer; next time leave it out and give it on standard input.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>Added {name} as a team {role}, with the password given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Added {name} as a team {role}, for Kerberos (no password).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Joined team {team} as {user} ({role}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>This PC has not joined a team (`crier team join URL`).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Team {team}: {reach}, as {user} ({role}) at {database}; {n} changes waiting to be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>say which account with --account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{value} is not a valid value for {setting}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Team policy {setting} is now {value}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>no one: its posts wait</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>{name} now publishes for {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{name} already publishes for {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{name} no longer publishes for {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{name} was not publishing for {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>the post is empty; nothing was submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>choose the team account with --account (see `crier team status`)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-5" />
        <source>a pair needs both a Welsh and an English text; nothing was submitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Posted without approval as submission {ids}; it is in the team outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Submitted for approval as the Welsh and English pair {ids}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Submitted for approval as submission {ids}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Saved for approval on this PC; it goes to the team at the next `crier sync --once`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>can't reach the team database at {database}; {n} changes wait here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Team: sent {sent}, waiting to retry {waiting}, needing attention {attention}; pushed {pushed} changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>the connection to the team database dropped while posting; run `crier sync --once` again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>{value} is not a date like 2026-12-01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>{problem}; the audit log is only in the team database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_text.py" line="+60" />
        <source>author</source>
        <extracomment>The team roles as people read them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Team database {database} created; this PC joined as {user} ({role}).</source>
        <extracomment>What ``crier team init`` did (``team.schema.init_team``'s answer).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Team database {database} upgraded; this PC joined as {user} ({role}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Team database {database} up to date; this PC joined as {user} ({role}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Jan</source>
        <extracomment>Month names as the commands write dates ("24 Dec 2026 09:00"), in the interface language.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Feb</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Mar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Apr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>May</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Jun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Jul</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Aug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Sep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Oct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Nov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Dec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Sent ({n} parts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Sending part {i} of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>cli table</name>
    <message>
        <location filename="../../desktop/cli_drafts.py" line="-166" />
        <location filename="../../desktop/cli_outbox.py" line="-41" />
        <source>ID</source>
        <extracomment>``crier drafts list``'s columns.
----------
The outbox's columns, as the Outbox window heads them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_outbox.py" line="+1" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/cli_drafts.py" line="+1" />
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Last posted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.accounts</name>
    <message>
        <location filename="../../desktop/core/accounts.py" line="+24" />
        <source>There is no account {account}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Signed out. Connect this account again to post its queued posts.</source>
        <extracomment>An account removed while it still has posts (migration 0009 gives older rows of it these words too).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+84" />
        <source>There is no account {ref}. `crier accounts list` shows them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>More than one account is called {ref}; use its number from `crier accounts list`.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Crier can't post to {network}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.bilingual</name>
    <message>
        <location filename="../../desktop/core/bilingual.py" line="+41" />
        <source>A bilingual file has a line ---cy--- before the Welsh text and a line ---en--- before the English text (either order in the file; posted Welsh first, or English first where posting.bilingual_order is en-first).</source>
        <extracomment>The key in an account's settings JSON holding its language mode. Below this ratio of the shorter side's length to the longer's, a bilingual draft gets a warning.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>there is text before the first ---cy--- or ---en--- line; put every line under one of them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>the file has more than one ---{language}--- line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>An account posts in cy, en or both, not {mode}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.checks</name>
    <message>
        <location line="+65" />
        <source>The Welsh text is empty: a bilingual post needs both languages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>The English text is empty: a bilingual post needs both languages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The Welsh text is much shorter than the English ({short} to {long} characters, ratio {ratio}): is something left out?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The English text is much shorter than the Welsh ({short} to {long} characters, ratio {ratio}): is something left out?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>“{word}” looks English, in the Welsh text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>“{word}” looks Welsh, in the English text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/checks.py" line="+76" />
        <source>{network} {length}/{limit}{bytes}{posts}{too_long}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source> ({bytes}/{limit} bytes)</source>
        <extracomment>The parts of a count summary (marked: the window and ``crier check`` show it in the reader's language).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> → {n} posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> (too long)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <location filename="../../desktop/core/service/submitting.py" line="+277" />
        <source>Image {n} has no description (alt text) for screen readers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/posting.py" line="+195" />
        <source>A part is still too long for {network} after splitting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/election.py" line="+79" />
        <source>It's the {period} pre-election period (until {until}): posts mustn't name councillors, candidates or parties. Check with your elections or communications lead.</source>
        <extracomment>Councillor in English and Welsh (Cynghorydd, with its mutations, and Cyng.); MS/MP in Welsh is AS.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>It's the {period} pre-election period (until {until}): avoid promoting the council's achievements or its politicians. Stick to facts residents need.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/emoji.py" line="+71" />
        <source>{count} emoji: use {most} at most. Screen readers read out the name of every one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>An emoji in the middle of a sentence is read out by screen readers ("{name}"): write the word, or move the emoji to the end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/hashtags.py" line="+98" />
        <source>Screen readers read #{tag} as one long word: capitalise each word so it's read as "{words}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>{count} hashtags: use {most} at most. More look like spam, and screen readers read every one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/hostility.py" line="+56" />
        <source>"{phrase}" can sound like arguing with or talking down to residents: try "{kinder}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>"{phrase}" can sound like arguing with or talking down to residents. Keep it calm and helpful.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>This reads as hostile or blaming ({words}). A council never argues with residents: say what you need people to do, calmly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/length.py" line="+31" />
        <source>Too long for {network} by 1 character: shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Too long for {network} by {n} characters: shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Too big for {network} by 1 byte (emoji and accents take several): shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Too big for {network} by {n} bytes (emoji and accents take several): shorten it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/links.py" line="+47" />
        <source>This link isn't secure (http://): browsers warn about it. Use the https:// address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Residents can't see where a shortened link goes, and scams use them: link to {domain} so they can see it's really the council.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Residents can't see where a shortened link goes, and scams use them: link to the full address on the council's own website so they can see it's really the council.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/personal.py" line="+82" />
        <source>This looks like a person's email address. Take it out, or give a team's address instead (such as enquiries@…). If it is the council's own published address, add it to "Contact details that may be posted" in Settings.</source>
        <extracomment>What to do about each kind, in its own words. Only an email address or a phone number can be the council's own published contact, so only those point at the allowed contact details; an identifier never does.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>This looks like a personal phone number. Take it out, or give the council's contact number instead. If it is the council's own published number, add it to "Contact details that may be posted" in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>This looks like a National Insurance number, which identifies one person and must never be posted. Take it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>This looks like a vehicle registration, which can identify its owner. Take it out, or describe the vehicle instead (such as "a white van").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/profanity.py" line="+96" />
        <source>Swearing (even disguised) has no place on a council account: take it out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/readability.py" line="+147" />
        <source>Reading age over {age}: aim for {target} or under. Shorter sentences and everyday words help (this sentence is the hardest).</source>
        <extracomment>How far above the target the age can go before the finding is a warning rather than a note. Beyond this the formula's number means nothing to a reader ("reading age 31"), so it says "over 18". Spellings only Welsh has: a word starting dd, ff, ngh, mh, nh (mutations), or ending -wch (an imperative: defnyddiwch, dysgwch) or -ydd (newydd, arwydd).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Reading age about {age}: aim for {target} or under. Shorter sentences and everyday words help (this sentence is the hardest).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/style.py" line="+151" />
        <source>Capitals read as shouting, and screen readers may spell them out letter by letter: write it in lower case.</source>
        <extracomment>Words of this many letters count towards a shouted run ("PLEASE DO NOT": PLEASE and NOT). Words that belong to a council's name next to a place: "POWYS COUNTY COUNCIL" → "Powys County Council".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>"{mark}" reads as over-excited or cross: use one mark at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>More than one exclamation mark in a post reads as over-excited: keep one at most.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>This sentence is {words} words long: keep sentences to {most} words or fewer so they are easy to follow on a phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/wording.py" line="+73" />
        <source>"{word}" is jargon: "{suggestion}" is plainer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>"{word}" is formal Welsh: "{suggestion}" is plainer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>"{word}" is dated or can exclude people: say "{suggestion}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+32" />
        <source>"{word}" is on your organisation's list of words to avoid: use "{suggestion}" instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>"{word}" is on your organisation's list of words to avoid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>House style is "{suggestion}", not "{word}".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>Placeholder left in: fill in "{text}" before posting.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.connect</name>
    <message>
        <location filename="../../desktop/core/connect.py" line="+52" />
        <source>Crier needs your council's X app client ID to sign in with the browser. Ask IT to set it by policy, or enter it in Settings; or connect with the four keys instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+49" />
        <source>Crier can't connect {form} accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Fill in: {fields}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.credentials</name>
    <message>
        <location filename="../../desktop/core/credential_words.py" line="+12" />
        <source>such as Windows Credential Manager, macOS Keychain or GNOME Keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the system credential store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Credentials are stored in {store}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Credentials are stored securely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>This {label} is too long to store: Crier can keep credentials of up to {limit} characters (the most Windows Credential Manager allows) and this one has {length}. Check that you copied only the {label}, with nothing extra, and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>there is no secure credential store ({stores}) for it to use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>your keyring ({store}, where passwords are kept) is locked or couldn't be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Windows Credential Manager has no sign-in session for it (Windows error 1312), which happens when Crier is started as a service or with 'Run as'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Windows Credential Manager rejected the data (Windows error 1783)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{store} reported a system error ({error})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{store} reported a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>secure credential storage has been switched off for your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the only credential storage set up for your account keeps passwords in an encrypted file, which your organisation has not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the only credential storage set up for your account keeps passwords in an ordinary file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the credential store failed unexpectedly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the keyring setting on this computer names a credential store that can't be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>ask IT to set one up for your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>unlock it and try again, or ask IT to make it unlock when you sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>start Crier from your own sign-in, or ask IT to check Credential Manager works for your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>ask IT to check Credential Manager for your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>ask IT to check the credential store for your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to check that {store} is working for your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to switch it back on (the keyring is set to its 'null' backend)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to set up a secure credential store ({stores}) or to allow the encrypted file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to set up a secure credential store ({stores})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>ask IT to check the credential store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>ask IT to check the keyring configuration (PYTHON_KEYRING_BACKEND or keyringrc.cfg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Crier can't store credentials on this computer because {because}. Drafting still works; {todo}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.db</name>
    <message>
        <location filename="../../desktop/core/db.py" line="+133" />
        <source>The --database-url value is not a database URL; give {examples}.</source>
        <extracomment>The newest schema this build knows; a test checks it matches the migrations' head. How long a connection waits for another's lock before giving up with "in use by another program". The only SQLite result codes that say anything about the file itself. The command line's exit status for it: 1, a problem to look into; 2, bad input.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Crier can't use a {backend} database; give {examples}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Crier doesn't know the database driver {driver}; give {examples}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>The database driver {driver} is not installed; give {examples}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+80" />
        <source>Your drafts database could not be read, so Crier started a new, empty one. The damaged file is kept at {aside} — nothing was deleted. Contact IT if you need drafts recovered from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Your drafts database could not be read, so Crier restored your latest backup, from {when}. Changes made after that may be missing. The damaged file is kept at {aside} — nothing was deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>{name} is damaged; Crier left it exactly as it is — ask IT to restore it from a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>{name} can't be written because the disk is full; free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>{name} can't be used ({why}); nothing was moved or deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>{name} is in use by another program and stayed locked for {seconds} seconds; close other copies of Crier and try again (nothing was moved or deleted).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>{name} or its folder is read-only, so Crier can't save; ask IT to check its permissions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>{name} can't be opened; check that you may read and write it and its folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{name} couldn't be read or written because the disk reported an error; nothing was moved or deleted — try again, and tell IT if it keeps happening.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>{name} reported a problem ({error}); nothing was moved or deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The drafts database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The drafts database {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>This drafts database was last used by a newer version of Crier, so this version can't open it safely. Install the newer version of Crier (ask IT), then start it again. Your drafts are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>{path} is not a Crier database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>{path} is a folder, not a Crier database; give the path of a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The folder {folder} does not exist; Crier creates only the database file, in a folder that exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+53" />
        <source>Crier can't connect to the database server at {host}; check the address and the user name, and that the server is running.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.facebook</name>
    <message>
        <location filename="../../desktop/core/networks/facebook/api.py" line="+78" />
        <source>It's not certain whether this post went out: check the Page, then Retry or Cancel.</source>
        <extracomment>Graph ids: a Page, photo or user is digits; a Page post or a comment is "&lt;digits&gt;_&lt;digits&gt;". v25.0 is available until July 2028; v21.0 ends in January 2027. Facebook's own landing page for desktop apps that can't listen on 127.0.0.1. Where Facebook's login dialog is; by default the API override when that points at this computer. Allowance for Facebook's clock and this computer's disagreeing after the measured difference. How far back the first feed read reaches before the clock difference is known. A user token that lasts less than this is short-lived: the Page tokens made from it expire with it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+170" />
        <source> because the access has expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> because the Facebook password was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> because Crier's app was removed from the account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source> because the access is no longer valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Facebook no longer accepts Crier's access to {page}{why}. Connect the Page again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Facebook's limit on how much Crier can do with {page} has been reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Facebook blocked this: {said} Check the post against Facebook's rules, change it if needed, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>it goes against its rules.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Facebook didn't allow Crier to do this on {page}: {said} Ask a Page admin to check that you can create content on the Page, then connect it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>permission is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Facebook no longer has the photos uploaded for this post (unposted photos expire). Cancel the post, then post the draft again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Facebook can't find {page}, or Crier's access to it was removed. Check the Page still exists, then connect it again in Accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Facebook refused this post: {said} Edit it, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>something in it is not accepted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Facebook had a problem on its side ({status}). Crier will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Facebook answered in a way Crier didn't expect (error {code}). Facebook said: {said} Try again; if it keeps happening, send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>nothing more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/publisher.py" line="+111" />
        <source>Crier has no saved access to the Facebook Page {page}. Connect it again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+36" />
        <source>Crier's access to {page} ended at {when}. Connect the Page again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>The saved access is no longer for {page}. Connect the Page again in Accounts.</source>
        <extracomment>Parts whose earlier attempt was uncertain, met by find_landed in this run (see the docstring). Parts whose search saw the same text as another post of the outbox (a repeat made on purpose).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>The image {name} is {size} MB; Facebook takes photos up to {most} MB. Use a smaller copy, then send again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>Facebook took the photo but didn't say how to refer to it. Crier will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>The start of this post is on the Page but Crier doesn't know which post it is, so the rest can't be added under it. Add the rest by hand on Facebook, then Cancel this post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Facebook answered without saying which post it made. Crier will check and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+40" />
        <source>{problem} Crier will check whether the post already went out before sending it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Facebook refused this post because {page} posted the same text very recently. Change the text, or Cancel this post if the earlier one is the one you wanted.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.mastodon</name>
    <message>
        <location filename="../../desktop/core/networks/mastodon/publisher.py" line="+118" />
        <source>Crier can't use the server address saved for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Crier has no access token for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+184" />
        <source>Crier couldn't prepare this for {host}. Send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>The Mastodon server {host} is limiting how much {handle} can do for now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source> {host} said: {said}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>The Mastodon server {host} no longer accepts Crier's access for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>read its posts (to check what was already sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>post for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The access Crier has for {handle} doesn't let it {what}. Connect the account again in Accounts and allow everything Crier asks for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>The Mastodon server {host} is still getting the images ready. Crier will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>The Mastodon server {host} no longer has the images uploaded for this post (they expire if a post waits too long). Cancel this post and post the draft again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>The Mastodon server {host} refused this{about}.{told} Edit it, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source> It gave no reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The Mastodon server {host} refused {name} because it is too large. Use a smaller image, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The Mastodon server {host} refused this because it is too large. Use a smaller image, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>An earlier attempt already posted this on {host}, and it has since been deleted there, so Crier won't post it again. To post it anyway, send the draft again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>The post this part replies to is no longer on {host} (it may have been deleted), so the thread can't continue. Post the rest from Mastodon, then mark this post as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The Mastodon server {host}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The Mastodon server {host} didn't allow this ({status}).{told} Check the post and the account, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>The server at {host} answered with something that isn't a Mastodon answer (a Wi-Fi or proxy sign-in page can do this). Crier will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/api.py" line="+85" />
        <source>“{address}” is not a web address. Type it like mastodon.social.</source>
        <extracomment>What Crier asks for: read the account and its posts (to check what landed), post, upload images. (connect, read) seconds; Mastodon.py passes its own timeout on every request, so it is set here. Mastodon keeps an Idempotency-Key for an hour; trust it for less, for clocks and slow requests. How far before the post was queued the account's statuses are searched, for clocks that disagree.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Type the address of your Mastodon server, like mastodon.social.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Crier can't use “{address}” as a Mastodon server address. Type it like mastodon.social or https://social.example.gov.uk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The address for {host} must start with https:// so the sign-in can't be read on the way. Type it without http://, or with https://.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.net</name>
    <message>
        <location filename="../../desktop/core/net/problems.py" line="+20" />
        <source>Your organisation's proxy asked for a sign-in (407). Ask IT for the proxy settings, or set them in Settings → Network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+143" />
        <source>{where} sent an answer far larger than expected, so Crier stopped reading it. This is usually a fault on that server or on the network; Crier will try again later.</source>
        <extracomment>Failures that happen before a request can leave this computer: retrying such a write can't double it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>{where} took too long to finish its answer. The connection may be slow or busy; Crier will try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't confirm it was really talking to {where}: the security certificate wasn't trusted. On a council network this usually means the organisation's proxy checks secure traffic with its own certificate, which this computer doesn't trust yet. Ask IT to install the organisation's certificates, or choose their certificate file in Settings → Network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't set up a secure connection to {where}. If this keeps happening on the council network, ask IT whether the organisation's proxy allows this site.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Crier couldn't reach your organisation's proxy. If you're away from the office network, check the proxy setting in Settings → Network (try 'use this computer's settings'); otherwise ask IT whether the proxy address has changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Crier couldn't connect to {where}. Check that this computer is connected to the internet, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>{where} took too long to answer. The connection may be slow or busy; try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>{where} sent Crier on to another address ({target}) instead of answering. Crier never follows a redirect with a post or a sign-in, so nothing was sent there. If it keeps happening, ask IT whether something on the network is redirecting traffic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Your organisation's proxy blocked the connection to {where} (403). Ask IT to allow {where} for Crier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Your organisation's proxy couldn't reach {where} ({status}). The site or the connection may be down; try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Your organisation's proxy refused the connection to {where} ({status}). Ask IT to check the proxy settings for Crier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Something went wrong while talking to {where}. Try again; if it keeps happening, send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.networks</name>
    <message>
        <location filename="../../desktop/core/networks/bluesky/descriptor.py" line="+21" />
        <source>Bluesky</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Use an app password, never the account's main password: in Bluesky open Settings → Privacy and security → App passwords, add one for Crier and paste it here (it looks like xxxx-xxxx-xxxx-xxxx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>e.g. yourcouncil.bsky.social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>App password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop/core/networks/mastodon/descriptor.py" line="+30" />
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>leave empty for bsky.social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/descriptor.py" line="+23" />
        <source>Facebook Page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Paste a Page access token for the council's Page (from Meta Business Suite or the Graph API Explorer with the council's app; a long-lived or system-user token keeps working unattended).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Page ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>optional when the token is the Page's own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Page access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/descriptor.py" line="-9" />
        <source>Mastodon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>On your Mastodon server open Preferences → Development → New application, allow read and write, and paste the access token here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>e.g. mastodon.social or social.yourcouncil.gov.uk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop/core/networks/x/descriptor.py" line="+42" />
        <source>Access token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/descriptor.py" line="-19" />
        <source>X (sign in with the browser)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Your browser opens X's sign-in page. Sign in as the council's account and choose Authorize app; Crier then finishes by itself. The app is your council's own X developer app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>X (paste the app's keys)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>From the council's X developer app (Keys and tokens), paste the API key and secret and the access token and secret made for the account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>API key secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Access token secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/api.py" line="+69" />
        <source>That looks like your main Bluesky password, which Crier never stores: make an app password in Bluesky (Settings → Privacy and security → App passwords → Add App Password) and paste that instead; it looks like xxxx-xxxx-xxxx-xxxx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+203" />
        <source>Bluesky's limit on how much {handle} can do has been reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Bluesky no longer accepts Crier's sign-in for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Bluesky refused the sign-in for {handle}. {said} Connect the account again in Accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky refused an image of this post. Bluesky said: {said} Change or remove the image, then send the post again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the image is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Bluesky refused this post. Bluesky said: {said} Edit it, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>the request was invalid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Bluesky didn't allow this for {handle} (403). Bluesky said: {said} Check the account on Bluesky, then send the post again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>forbidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Bluesky answered in a way Crier didn't expect ({status}). Bluesky said: {said} Try again; if it keeps happening, send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>nothing more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>The Bluesky server answered with something Crier couldn't read (perhaps a network sign-in page or a proxy's error). Crier will try again; if it keeps happening, check the server address in Accounts or ask IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/sign_in.py" line="+205" />
        <source>Bluesky has suspended {handle}, so Crier can't post to it. Check the account's email from Bluesky; its posts will wait in the outbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky no longer accepts its app password (it may have been revoked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Crier can't post to {handle} because {because}. Make a new app password in Bluesky (Settings → Privacy and security → App passwords) and connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Crier has no app password for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{host} had a problem on its side ({status}); try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{host} refused the sign-in ({status}: {said}); try again, and if it keeps happening send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Bluesky has had too many sign-in attempts for this account; try again after {time}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>{host} didn't answer like a Bluesky server; check the server address (leave it empty for bsky.social) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Bluesky has suspended this account, so Crier can't post to it; check the account's email from Bluesky.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky didn't accept that handle and app password; check both (the app password looks like xxxx-xxxx-xxxx-xxxx, and may have been revoked) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <source>Enter the account's Bluesky handle, like yourcouncil.bsky.social.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Paste the account's app password, which looks like xxxx-xxxx-xxxx-xxxx; make one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/login.py" line="+101" />
        <source>Crier rejected an answer that wasn't for the sign-in it started, so nothing was connected. Close other Facebook sign-in windows and start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>You didn't give Crier access on Facebook, so no Page was connected. Start again and choose Continue to connect one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Facebook didn't finish the sign-in (it said: {said}). Start again; if it keeps happening, ask whoever manages the council's Facebook app to check its settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+52" />
        <source>Crier doesn't know the council's Facebook app yet: set "Facebook app ID" (facebook.app_id) in Settings, ask IT to set it in the machine policy, or paste a Page access token instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+61" />
        <source>That address has no answer from Facebook in it. Copy the whole address of the page Facebook finished on, then paste it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+56" />
        <source>Your Facebook account can't create posts on any Page Crier was given: ask a Page admin for access, and tick the Page when Facebook asks which Pages Crier may use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Connecting the Facebook Page was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/sign_in.py" line="+79" />
        <source>Facebook's answer couldn't be read: something on the network (a proxy, or a Wi-Fi sign-in page) may have answered instead. Check you're online, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Facebook has no Page with that ID that this access can see. Check the Page ID (in the Page's About section, under Page transparency) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Facebook is busy or having a problem ({status}), so the Page wasn't connected. Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Paste the Page access token first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>That doesn't look like an access token (it contains spaces). Copy only the token and paste it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Facebook didn't accept this access token: it may have expired or been copied incompletely. Copy the Page access token again and paste it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>This access token is for the Page {name}, not Page {page_id}. Paste the token of the Page you want, or leave the Page ID empty to connect this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>This is a person's access token, and Crier couldn't tell which Page to post to with it: enter the ID of a Page you manage, or paste the Page's own access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The person this token belongs to doesn't manage Page {page_id}. Check the Page ID, or paste the Page's own access token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>A Page ID is a number (find it in the Page's About section, under Page transparency); enter it without spaces, or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>Facebook didn't accept the sign-in. Start again and allow Crier's access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/sign_in.py" line="+73" />
        <source>The Mastodon server {host} is limiting how often Crier can ask it things. Wait a few minutes, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>The Mastodon server {host} had a problem on its side ({status}). Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <location line="+34" />
        <source>The server at {host} didn't answer the way a Mastodon server does. Check the server address and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-11" />
        <source>The Mastodon server {host} didn't accept this access token. Check that you copied all of it, that it was made on {host}, and that it allows reading the account (read:accounts).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+72" />
        <source>The access token is empty. Copy it from Preferences → Development on your Mastodon server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>You didn't give Crier permission on {host}, so the account wasn't connected. To connect it, start again and choose "Authorize".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>The Mastodon server {host} didn't complete the sign-in (it said: {said}). Start again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+87" />
        <source>The Mastodon server {host} didn't let Crier register for signing in. Paste an access token instead (Preferences → Development on your Mastodon server).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>The Mastodon server {host} didn't accept the sign-in, so the account wasn't connected. Start again; the sign-in code is only valid for a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The answer from {host} to the sign-in had no access token. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/sign_in.py" line="+67" />
        <source>You didn't give Crier permission on X, so the account wasn't connected. To connect it, start again and choose "Authorize app".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>X didn't complete the sign-in (it said: {said}). Start again; if it keeps happening, ask whoever manages the council's X developer app to check its settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Crier doesn't know the council's X app yet: set "X app client ID" (x.client_id) in Settings, or ask IT to set it in the machine policy.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+57" />
        <source>X's answer to the sign-in couldn't be read. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>X didn't accept the sign-in code, so the account wasn't connected. Start again; the code is only valid for a short time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>X's answer to the sign-in had no access token. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>X didn't give Crier permission to post and stay signed in (it left out {scopes}). Connect again and allow everything Crier asks for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+69" />
        <source>Crier needs the council X app's consumer key (x.consumer_key in Settings) and its consumer secret to sign in with a PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>X rejected the council app's consumer key or secret. Ask whoever manages the X developer app to check them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>The PIN is the number X showed you; type just the digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>X didn't accept that PIN. Check it, or start again to get a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/tokens.py" line="+140" />
        <source>The X keys on standard input aren't valid JSON. Give an object like {"consumer_key": "...", "consumer_secret": "...", "access_token": "...", "access_token_secret": "..."}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>The X keys on standard input must be one JSON object with consumer_key, consumer_secret, access_token and access_token_secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Crier has no sign-in for {handle} on this computer. Connect the account again in Accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+83" />
        <source>Crier wasn't allowed to stay signed in</source>
        <extracomment>The tokens as last read or stored by this keeper (``tokens``: as its publisher just read them): the keyring is read once per publisher (one sync run), not three entries per request. A refresh always reads the keyring again, so tokens another Crier rotated meanwhile are found there (after a 401, at worst one request late).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>X's answer when renewing the sign-in couldn't be read. Crier will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>X no longer accepts Crier's sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>X refused to renew the sign-in. Connect the account again in Accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Crier can't renew the X sign-in because the X app client ID (x.client_id) isn't set. Ask IT to set it, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Crier has no sign-in for it on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>{because} for {handle}: it may have been disconnected in X's settings or its password changed. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/images.py" line="+52" />
        <source>Crier can't read {name} as a picture. Save it as a JPEG or PNG, add it again, then send the post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>{name} can't be made small enough for Bluesky. Use a different picture, then send the post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/publisher.py" line="+164" />
        <source>Crier lost track of this post's record key, so it won't send it in case it's already on Bluesky. Check the account on Bluesky, then post it again as a new post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>Bluesky didn't keep this post's images even after Crier uploaded them again. Try sending it again later; if it keeps happening, send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+91" />
        <source>{handle} already has a different post where Crier expected this one. Check the account on Bluesky; if this post isn't there, post it again as a new post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+76" />
        <source>Part {part} of this thread has no link to Bluesky, so part {next} can't be attached to it. Post the rest of the thread from Bluesky, then mark this post as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>The earlier part of this thread isn't a Bluesky post Crier can reply to. Post the rest of the thread from Bluesky, then mark this post as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+60" />
        <source>Bluesky no longer has this post's images and Crier doesn't know where they came from. Add the images to a new post and send that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Bluesky refused Crier's fresh sign-in for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>One of this post's images was uploaded by another version of Crier and can't be attached. Add the images to a new post and send that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>This post is {length} characters long and Bluesky allows {most}. Shorten it (or split it into a thread), then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>This post uses too many special characters and emoji for Bluesky. Shorten it, then send it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.outbox</name>
    <message>
        <location filename="../../desktop/core/outbox.py" line="+28" />
        <source>That post no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>That post can't go from {before} to {after}.</source>
        <extracomment>Every allowed move. Anything else is a bug and raises.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+64" />
        <source>Waiting for its Welsh pair on {account}: that account needs signing in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its Welsh pair on {account}, which needs attention: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its Welsh pair on {account} to go out first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its English pair on {account}: that account needs signing in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its English pair on {account}, which needs attention: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its English pair on {account} to go out first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>a removed account</source>
        <extracomment>Put where a handle goes, after "on" ("ar" in Welsh, so mutated there).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>see that post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+86" />
        <source>A pair is two accounts: a Welsh one and an English one.</source>
        <extracomment>Draft ids asked about per query: well under SQLite's limit on bound parameters.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>There is nothing to post: the text is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>That account no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <location filename="../../desktop/core/service/submitting.py" line="-96" />
        <source>Choose at least one account to post to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+98" />
        <source>Part of this thread is already posted, so it can't be cancelled. Retry it to post the rest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>Choose a time that is still to come; Send now sends it at once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>That post is being sent now, so it can't be moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>That post has already gone out, so it can't be moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>That post was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Part of this thread is already posted, so it can't be moved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>That post is waiting to retry; use Send now or Cancel instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>That post needs attention first: retry or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/posts.py" line="+18" />
        <source>The account needs connecting.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.policy</name>
    <message>
        <location filename="../../desktop/core/policy.py" line="+202" />
        <source>{path} item {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>{path} entry {key}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>{key} is a personal preference that policy can't set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>{key} is not a setting Crier knows; write settings as top-level dotted names such as {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{key} is not a setting Crier knows (did you mean {close}?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{key} is not a setting Crier knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>{problem} — {consequence}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>{problem} — ignored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>{key} {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>The policy file {path} is larger than 1 MB, so Crier didn't read it and none of it is applied. A policy is a few kilobytes of JSON: put the right file there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{path} isn't a plain file (it is a folder, a device or a pipe), so Crier didn't read it and no policy from it is applied. Put the policy JSON file itself at that path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Crier couldn't read the policy file {path} ({why}), so none of it is applied. Make sure every user can read the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Crier ignored the policy file {path} because {part} can be changed by someone other than this PC's administrators, and machine policy may only come from a file that only they can change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>{file} line {line}: the file isn't saved as UTF-8 text, so none of it is applied. Save it as UTF-8 and restart Crier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>{file} is empty, so no policy is applied. Write {{}} for an empty policy, or delete the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>{file} line {line}, column {column}: this isn't valid JSON ({why}), so none of the file is applied. Fix that line and restart Crier.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>{file} line 1: the policy must be a JSON object of setting names and values, like {{"posting.require_alt_text": true}}, so none of it is applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>{file} line {line}: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>{path} is given twice (lines {first} and {later}); the one on line {later} is used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>Crier couldn't read the registry key {key} ({why}), so policy set there is not applied. Make sure every user can read that key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <source>Registry {key} value {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.posting</name>
    <message>
        <location filename="../../desktop/core/posting.py" line="-173" />
        <source>Can't queue this for {handle}: {why}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>the text contains a NUL character, which no network accepts; remove it</source>
        <extracomment>The longest text Crier takes as a post: a little over the longest any network accepts (Facebook's). The longest thread Crier will queue; a text needing more is a document, not a post. The error rules that stop a post, in the order findings are listed ("alt-text" is an image with no description; the others are tone rules of severity "error"), and the setting, lockable by machine policy, listing which of them a person may override with a reason.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the text is longer than any network accepts as a post (over {n} characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
        <source>the post is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>it contains characters {network} does not accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>a part is still too long for {network} after splitting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>it would take more than {n} posts on {network}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>it is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+114" />
        <source>This can't be posted until it is fixed: your organisation doesn't allow “{rules}” to be overridden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>This needs fixing before posting, or a reason to post it anyway.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.publishing</name>
    <message>
        <location filename="../../desktop/core/networks/failures.py" line="+42" />
        <source>{who} had a problem on its side ({status}). Crier will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/publishing.py" line="+117" />
        <source>Crier found a post with these words on {network}, but it is an earlier post from the outbox, so this one wasn't counted as sent. Check {handle}: if this post isn't there, Retry sends it; if it is, Cancel it here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>{network}'s answer wasn't in the form Crier expects, so Crier didn't count it as sent. Crier will check and try again; if it keeps happening, send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Something between this computer and {network} refused the request ({status}). If it keeps happening, ask IT whether the network allows {host}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Part {part} of this thread is already on {network}, but Crier couldn't find its link, so part {next} can't be attached to it as a reply. Post the rest of the thread from {network}{how}, then mark this post as done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>{limit} Crier will try again at {when}.</source>
        <extracomment>The longest a rate limit's reset is taken at its word: no network limits posting for longer than a day, so a reset further away (a broken or hostile server's) holds a post and its account's queue a day at most.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>The image {name} can't be read any more ({problem}). Add it to the post again, then send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Crier can only post images to {network}, and {name} isn't one. Remove it and send again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <location filename="../../desktop/core/posting.py" line="-78" />
        <source>Image description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/tone/checker.py" line="+32" />
        <source>Too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Longer than a network this post is going to allows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Placeholders left in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>TBC, TODO, XXX, [insert link], lorem ipsum and other text meant to be filled in later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A person's email address or phone number, a National Insurance number or a vehicle registration. The council's own published contact details can be allowed in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Swearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Swear words, including disguised ones like f*ck or sh1t. Place names such as Scunthorpe are fine.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Hostile or blaming tone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Words and phrases that argue with, blame or talk down to residents ("as we have repeatedly told you", "it's not rocket science").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Pre-election period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>During a pre-election period set in Settings: naming councillors, candidates or parties, or promoting the council's achievements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Capitals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Words in capitals other than acronyms like NHS or CCTV. They read as shouting and screen readers may spell them out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Exclamation marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>More than one exclamation mark, or !! and ?!, which read as over-excited or cross.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Inclusive language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Dated or excluding terms such as "the elderly" or "wheelchair-bound", with the form to use instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Plain English and Welsh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>GOV.UK words to avoid and council jargon (utilise, facilitate, going forward), and in Welsh sentences Cymraeg Clir's everyday words for official Welsh (er mwyn, ynghylch), each with a plainer word.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Reading age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posts that need a higher reading age than your target. GOV.UK writes for a reading age of 9.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Long sentences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sentences over {n} words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Hashtag capitals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hashtags of several words in lower case: #RoadClosure, not #roadclosure, so screen readers can read them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Too many hashtags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>More than {n} hashtags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Emoji</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>More than {n} emoji, or an emoji in the middle of a sentence. Screen readers read out each one's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Insecure links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Links starting http:// instead of https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Shortened links</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>bit.ly and other link shorteners, which hide where a link goes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Your organisation's words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Words your organisation has banned or has a house style for (set in Settings or by IT).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.settings</name>
    <message>
        <location filename="../../desktop/core/setting_specs.py" line="+39" />
        <source>that item is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>must be {expected}, not {value}</source>
        <extracomment>What a bad value's messages are made of (marked once here: the window and the CLI show them translated).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>that entry is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>that period is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{items} or {last}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>must be {expected}, but its JSON is not valid ({why} at column {column})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>item {n} must be text that isn't empty, not {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{where} needs a "name" in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+31" />
        <source>a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>a REG_SZ string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>text in quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>one of {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>a REG_DWORD of 0 or 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>a REG_DWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>a whole number from {minimum} to {maximum}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
        <source>a REG_MULTI_SZ (or a REG_SZ holding a JSON list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>a list of text values like {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>item {n} ({value}) must be {choices}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source> (or null for no suggestion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>an object mapping each term to its replacement, like {example}{tail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>text or null</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>has an empty term</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>entry {term} must be {expected}, not {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-24" />
        <source>a REG_SZ holding a JSON object like {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>a list of periods like {example}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>a REG_SZ holding a JSON list of periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>period {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>{where} must be an object with "name", "start" and "end", not {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>period {n} ({name})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>{where} has a field {field} that Crier doesn't use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>that field is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>{where}: {field} must be a date written YYYY-MM-DD, not {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{where} needs a {field} date written YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>{where} ends ({end}) before it starts ({start})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>a web address starting with https://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>"" (use the computer's proxy settings), "direct", an address without a password like "http://proxy.example.gov.uk:8080", or "pac:" followed by the address of a PAC file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>"cy", "en" or "both"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>"cy-first" or "en-first"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a PostgreSQL address without a password, like "postgresql://db.example.gov.uk/crier?sslmode=verify-full", or "" for no team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>X app client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The OAuth 2.0 client ID of the council's X developer app.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>X app consumer key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The OAuth 1.0a consumer key (API key) of the council's X developer app. Never put the consumer secret here: secrets are kept in the system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>X API address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The address of the X API. Change it only if your network routes X through a gateway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Facebook app ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The app ID of the council's Facebook app, used to post to Facebook Pages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Networks allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The social networks staff may draft for and post to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Tone checks turned off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The tone checks you have turned off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Target reading age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Posts written for an older reading age than this are flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Words to avoid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Words or phrases the checks point out. Give each a better word to suggest, or none if it should just be flagged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>House style spellings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Spellings to correct to the council's house style, e.g. "e-mail" to "email".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Contact details that may be posted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Phone numbers, email addresses and similar details that are fine to publish (e.g. the council's contact centre), so the personal data check doesn't flag them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Pre-election periods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Periods before elections (dates as YYYY-MM-DD, both days included) when posts are checked for political content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Councillor and party names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Names of councillors and parties to flag during a pre-election period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Council web addresses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The council's own web domains, e.g. "example.gov.uk", used by the link checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Require image descriptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Images can't be posted without a description (alt text) for people using screen readers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Checks staff may override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Checks that stop a post but that staff may override by giving a reason, which is kept with the post. The others (by default personal data and placeholders) must be fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Language of accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The language accounts post in unless set on the account: "cy" Welsh only, "en" English only, "both" one bilingual post (Welsh and English).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Order of a bilingual post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Which language comes first in a bilingual post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>How Crier reaches the internet. Leave it empty to use this computer's own proxy settings, which is usually right. Otherwise type direct for no proxy, the proxy's address (such as http://proxy.example.gov.uk:8080), or pac: followed by the address of a proxy script. IT can tell you which.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Keep sign-ins in an encrypted file when there is no keyring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Only for a computer without a secure store such as Windows Credential Manager: the accounts' sign-in tokens are kept in an encrypted file instead, so posting still works. Ask IT first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Backups to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>How many daily backups of your drafts to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Team database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The address of the team's PostgreSQL database, which `crier team join` and the window's Join team use. Each person signs in with their own name and password (or Kerberos); no password goes here. By policy, put sslmode and sslrootcert in it, not in PG* variables.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Networks for new drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The networks a new draft is set up for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Interface language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The language of Crier's menus and messages: the computer's language, Welsh or English. A change applies the next time Crier starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="+82" />
        <source>There is no setting called {key}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+66" />
        <source>Crier couldn't open your settings file {path} just now ({why}), so it is using the default settings. The file was left as it is, and Crier won't save over it: restart Crier once the file can be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>it doesn't hold a set of named settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Your saved setting "{label}" was {value}, which isn't {expected}, so Crier is using the default ({default}). You can change it in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Your saved setting "{label}": {problem}, so {consequence}. You can change it in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>line {line}, column {column}: {why}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>it isn't UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't read your settings file ({why}), so it has started with the default settings. It also couldn't move the damaged file {path} out of the way ({error}), so your changes may not be saved until that file is removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Crier couldn't read your settings file ({why}), so it has started with the default settings. The damaged file was kept as {name} in {folder}. Changes you make from now on will be saved normally.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+69" />
        <source>"{label}" is set by your organisation, so it can't be changed here. Ask your IT team if it needs to be different.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>"{label}" {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>"{label}": {problem}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+43" />
        <source>Crier couldn't open your settings file {path} when it started ({why}), so it won't save over it. Restart Crier once the file can be opened, then change the setting again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't save your settings to {path} ({error}). Your previous settings are unchanged. Check there is free disk space and that you can write to that folder, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Your organisation has not allowed {network}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.store</name>
    <message>
        <location filename="../../desktop/core/service/submitting.py" line="+84" />
        <location filename="../../desktop/core/store.py" line="+123" />
        <source>Crier couldn't read {name}: {why}.</source>
        <extracomment>A draft in the Trash is deleted for good this many days after it was put there, once it has also been seen there (by the window's maintenance) on ``TRASH_DAYS_SEEN`` separate days: a week of use.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop/core/store.py" line="+4" />
        <source>{name} isn't a PNG, JPEG, GIF or WebP image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop/core/store.py" line="+4" />
        <source>{name} is over 20 MB: make it smaller and attach it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/service/app.py" line="+234" />
        <location filename="../../desktop/core/service/submitting.py" line="-15" />
        <location filename="../../desktop/core/store.py" line="+156" />
        <source>A post can carry at most {n} images.</source>
        <extracomment>The order a bilingual draft's sides are posted in (``bilingual.order``): its title and snippet in the list come from the first side that has words.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{name} has no alt text: describe it for people who can't see it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/store.py" line="-132" />
        <source>Crier couldn't copy {name}: {why}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.team</name>
    <message>
        <location filename="../../desktop/core/team/pairs.py" line="+31" />
        <source>Waiting for another PC's attempt to end: it lost its link to the team database while sending this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
        <source>Waiting for its Welsh pair to be approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for its English pair to be approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its Welsh pair on {account}, which needs attention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Waiting for its Welsh pair on {account}, which needs attention: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Waiting for its Welsh pair on {account}, which was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for its Welsh pair on {account}: {error}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for its Welsh pair to go out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/client.py" line="+36" />
        <source>The team database can't hold images yet: ask IT to run `crier team init` once to upgrade it, then submit the post again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>this has an invisible NUL character (often from pasted text), which the team database can't store; remove it and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the team database can't store a value in this change, so it was not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>this has bytes that aren't UTF-8 text (from a terminal or file in another encoding), which the team database can't store; type it again as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the team database keeps at most 5,000 characters of an image's description; shorten it and submit again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+54" />
        <source>an author</source>
        <extracomment>The roles and what they allow, as ``require_role`` says them (callers pass the English words).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>an approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>an admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>approve posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>send posts back for changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>add people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>change team policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>change who publishes for an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>this PC has not joined a team; run `crier team join URL` first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+93" />
        <source>the team database went away while sending changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>{user} is no longer a member of this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+48" />
        <source>the team has no account {ref}; connect it on a team PC and run `crier sync --once`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>more than one team account is called {ref}; use its number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>you joined as {role} ({user}), and only {needed} can {doing}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/connection.py" line="+63" />
        <source>{url} is not a PostgreSQL address like postgresql://name@server/crier</source>
        <extracomment>sslmodes that may fall back to plain text, refused for a host that is not loopback The libpq parameters that decide which server and database a connection reaches. Under a locked address, libpq's own default for what the policy leaves out of where and how to connect, so the environment (PGHOST, PGHOSTADDR, PGPORT, PGPASSFILE, PGTARGETSESSIONATTRS, PGCHANNELBINDING, PGSSLMINPROTOCOLVERSION, PGKRBSRVNAME) is not read; empty means libpq's default. sslmode and sslrootcert are the policy's to decide (``TeamUrl.pinned``). Left to the person: their identity (user, password, sslcert, sslkey), what can only refuse more (sslcrl, require_auth) and their own session's settings on the policy's server (PGOPTIONS, PGAPPNAME; Crier names itself anyway).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>the team database address needs a database name, e.g. postgresql://name@server/crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+39" />
        <source>your organisation's policy sets the team database to {database}, but this PC was set to {joined}; join the team again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+80" />
        <source>the {name} environment variable could change the team database your organisation's policy sets; remove it, or ask IT</source>
        <extracomment>libpq parameters that are secrets: never written to this PC's team file</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>the file {path} could change the team database your organisation's policy sets; remove it, or ask IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>the team database at {host} must be reached over TLS; remove sslmode={mode} (use verify-full with the council's CA certificate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>the team database refused the password for {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/client.py" line="-143" />
        <source>this PC no longer has the team password for {user} (it was removed from the computer's credential store); join the team again with crier team join or File &gt; Join team…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/connection.py" line="+6" />
        <source>the team database did not accept the Kerberos sign-in for {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>there is no database {name} on {host}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>the team database has no user {user}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>the TLS connection to {host} failed; your organisation's policy decides which certificates are trusted (PGSSLMODE and PGSSLROOTCERT don't apply), so ask IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your organisation's policy sets sslmode=verify-ca for the team database but no sslrootcert; ask IT to add the CA certificate's file (sslrootcert) to it, or to use verify-full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>the TLS connection to {host} failed; check PGSSLROOTCERT (see docs/team.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>can't reach the team database at {database}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/desk.py" line="+194" />
        <source>say what needs changing in the note</source>
        <extracomment>a submission in one of these states waits for an approver's decision</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>the comment is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+38" />
        <source>this PC has not joined a team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/joining.py" line="+28" />
        <source>give the team database address, e.g. postgresql://yourname@server/crier, or ask IT to set it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>your organisation's policy sets the team database to {database}; join that one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>put your user name in the address, e.g. postgresql://yourname@server/crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>{user} is not a member of this team; ask the team admin to run `crier team add-user`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/schema.py" line="+48" />
        <source>{user} can't set up the team database: run `crier team init` as a role that owns the database {name} and may create roles (CREATEROLE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>this team database was set up by a newer version of Crier; install that version first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/service/submitting.py" line="-225" />
        <source>Team policy doesn't let you post to {account} without approval; submit it for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>A Welsh and English pair is always submitted for approval, each language on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>A pair is two different accounts: a Welsh one and an English one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/publish.py" line="+334" />
        <source>The team database refused this send ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Crier could not send this ({kind}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>An image of this post arrived damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/refusals.py" line="+32" />
        <source>the audit log is append-only</source>
        <extracomment>(what the database says, after "permission denied: ", as a pattern; the sentence to show).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{user} is not a member of a Crier team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>there is no submission {id} in your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>there is no account {account} in your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>the post is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>posts to {account} need approval first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>authors cannot approve or send back posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>unknown decision {decision}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>you cannot approve your own submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>you cannot approve a submission you have edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>say what needs changing in a comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} is {state} and is not waiting for a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} was edited after you read it; read it again before deciding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>only the author or an approver can edit submission {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} is already being posted and can no longer be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>only a team admin can do that</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>a role is author, approver or admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a user name is lower-case letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{user} belongs to another team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{user} is a database administrator role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{user} is a database role outside this team; IT sets its password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>there is no team policy setting {setting}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>another Crier took over post {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>post {id} waits for its pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a pair needs a Welsh and an English account of your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a pair needs both a Welsh and an English post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>image {n} has no description (alt text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>image {n} is over 20 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>image {n} is not the PNG, JPEG, GIF or WebP image it says it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a post can carry at most 4 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>each image needs its description and its bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} is {state}, so its images can no longer be changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>an image of a submission is never changed, only replaced with the submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>{user} is not in this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{user} does not publish for this account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the parts of post {id} were recorded already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>the parts of post {id} are not its approved text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>post {id} has {n} parts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>a post can be at most {n} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>a comment or note can be at most {n} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>an account's name can be at most {n} characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/team/history.py" line="+28" />
        <source>author</source>
        <extracomment>The team roles, as a "person_added" entry names them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>approver</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>version {version}</source>
        <extracomment>Each phrase the team database writes (``crier.said``, team migration t0009), by id; its ``{fields}`` are the values the entry keeps, by name. The history shows it after the action ("bob started sending it: attempt 1 by bob").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>edited from version {base} while version {current} was current; both are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>attempt {attempt} by {person}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>from {person}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>as {ids}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>waits for submission {id} to be approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the Welsh of a pair with submission {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>the English of a pair with submission {id}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{count} drafts past retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{name} as {role}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{network} {handle}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{setting} = {value}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>{person}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>image {n}: {alt}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>{earlier}; {later}</source>
        <extracomment>How the "images" phrase joins its images' descriptions ("image 1: …; image 2: …").</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.team state</name>
    <message>
        <location filename="../../desktop/core/team/refusals.py" line="-160" />
        <source>submitted</source>
        <extracomment>A submission's state as a refusal names it ("submission 7 is approved and ..."): the database's own English word, so the English sentence is the database's.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>resubmitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>changes requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>needs attention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>core.x</name>
    <message>
        <location filename="../../desktop/core/networks/x/publisher.py" line="+136" />
        <source>X didn't say who the sign-in for {handle} belongs to. Connect the account again in Accounts.</source>
        <extracomment>How far before the post was queued the timeline is searched, for clocks that disagree. X's ids (posts, users, media) are 64-bit snowflakes written in decimal. Parts whose earlier attempt was uncertain, met by find_landed in this run: only their duplicate answer can be their own earlier attempt.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>X accepted the image but didn't say how to refer to it. Crier will try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source> (reply to your last post)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>earlier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>X refused this post because {handle} already posted the same text ({when}). Change the wording a little, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/answers.py" line="+59" />
        <source>X no longer accepts Crier's sign-in for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <extracomment>The keys of X's own error bodies (API v2 problem details, v1.1 ``errors``).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>X's limit on how much {handle} can post has been reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>X refused because the council's X developer account has run out of API credit (402). X said: {said} Ask whoever manages the X developer account to add credit, then send the post again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>payment required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>X refused this post because the text is too long. X said: {said} Shorten it, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>X didn't allow this (403). X said: {said} Check the post and the account, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>forbidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>X refused this post. X said: {said} Edit it, then send it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>the request was invalid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>X had a problem on its side ({status}). Crier will try again shortly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>X answered in a way Crier didn't expect ({status}). X said: {said} Try again; if it keeps happening, send the log file to IT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>nothing more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/api.py" line="+140" />
        <source>The X keys are incomplete: {missing} is missing. Copy all four values from the X developer portal and try again.</source>
        <extracomment>Where X's authorise page is; by default derived from CRIER_X_API_BASE when that points at this computer. Refresh when less than this is left of the access token's two hours, so a post never races expiry.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The X keys are incomplete: {missing} are missing. Copy all four values from the X developer portal and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>The X sign-in address {address} ({variable}) must start with https://.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+93" />
        <source>X is limiting how often Crier can ask right now. Wait about 15 minutes and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>X refused the request ({status}). X said: {said} Ask whoever manages the council's X developer app to check its access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>X refused the request ({status}). Ask whoever manages the council's X developer app to check its access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>X had a problem on its side ({status}). Try again in a few minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>{rejected} X said: {said}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+29" />
        <source>X rejected these keys. Check that you copied all four from the X developer portal, that the access token and secret were made for the same app as the consumer key, and that they haven't been regenerated since.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>X didn't accept this sign-in. Connect the account again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="+31" />
        <source>Same as the computer</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
