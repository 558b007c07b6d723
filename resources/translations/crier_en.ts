<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+116" />
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
        <location line="+79" />
        <location line="+143" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-130" />
        <source>Connected accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
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
        <location line="+37" />
        <source>Passwords and tokens are kept in {store}, never in Crier's files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+58" />
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
        <location line="-274" />
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
        <location filename="../../desktop/ui/autosave.py" line="+84" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Saved {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Not saved: something went wrong. Crier keeps trying; your text stays here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BilingualPane</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="+84" />
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
        <location filename="../../desktop/ui/calendar_grid.py" line="+92" />
        <source>Calendar</source>
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
        <location line="+10" />
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
        <source>Drag a scheduled post to move it, or choose it with the arrow keys and press Alt+arrows to move it by a day or an hour (a week in the month view).</source>
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
        <location line="+75" />
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
        <location line="+25" />
        <source>Moved to {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>The post couldn't be moved; it keeps its time.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+132" />
        <source>Checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+56" />
        <source>Checks appear here as you write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-51" />
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
        <location line="+1" />
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+45" />
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
        <location filename="../../desktop/ui/checks_wiring.py" line="+96" />
        <source>Images</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+337" />
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
        <location filename="../../desktop/ui/checks_view.py" line="+28" />
        <source>Count for {network}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Pre&amp;view parts</source>
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
        <location line="+39" />
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
        <location line="-49" />
        <location line="+52" />
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
        <location filename="../../desktop/ui/draft_actions.py" line="+50" />
        <source>Crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>New draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Duplicate draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Restore from Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+24" />
        <source>The Trash is already empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
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
        <location line="+6" />
        <source>Select a draft on the left, or press Ctrl+N to start a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
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
        <location filename="../../desktop/ui/drafts_model.py" line="+160" />
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
        <location line="+42" />
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
        <location filename="../../desktop/ui/drafts_view.py" line="+98" />
        <source>Search drafts (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Search drafts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Clear search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
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
        <location line="+12" />
        <source>Sho&amp;w:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ort by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+52" />
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
        <location filename="../../desktop/ui/checks_view.py" line="-243" />
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
        <location line="+61" />
        <source>Suggestion: {s}</source>
        <extracomment>Severity is never colour alone: each has its word and this icon too. A 100 KB paste can have thousands of findings; a person reads the first few, and laying out thousands of rows or underlines would stall the GUI thread. The summary says how many there are.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="+105" />
        <location line="+5" />
        <source>Earlier versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
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
        <location line="+25" />
        <source>removed since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>added since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>This is the text as it is now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../desktop/ui/images_view.py" line="+41" />
        <source>Attached images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Attach &amp;image…</source>
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
        <location line="+25" />
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
        <location filename="../../desktop/ui/main_window.py" line="+63" />
        <location line="+260" />
        <source>Crier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-243" />
        <source>Write or preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Save status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Opening your drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+102" />
        <source>Saved {time}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/draft_actions.py" line="-64" />
        <source>Moved %n draft(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Moved %n draft to the Trash. Ctrl+Z brings it back.</numerusform>
            <numerusform>Moved %n drafts to the Trash. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39" />
        <source>Delete %n draft(s) in the Trash for good? This can't be undone.</source>
        <translation>
            <numerusform>Delete %n draft in the Trash for good? This can't be undone.</numerusform>
            <numerusform>Delete %n drafts in the Trash for good? This can't be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+63" />
        <source>Queued. The Outbox shows its progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
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
        <location line="+35" />
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
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_model.py" line="+89" />
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
        <location filename="../../desktop/ui/outbox_view.py" line="+32" />
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+18" />
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
        <source>&amp;Edit (back to drafts)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open post</source>
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
        <location filename="../../desktop/ui/post_dialog.py" line="+44" />
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
        <location line="+14" />
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
        <location filename="../../desktop/ui/posting.py" line="+57" />
        <location line="+3" />
        <location line="+190" />
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-185" />
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
        <location line="+8" />
        <source>&amp;Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+30" />
        <location line="+9" />
        <location line="+42" />
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-51" />
        <source>This draft is empty: write something first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>too long for one post: goes as a thread of {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
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
        <location line="+80" />
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
        <location filename="../../desktop/ui/preview.py" line="+34" />
        <source>Preview</source>
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
        <location line="+42" />
        <source>Choose a network under the editor to see the post as it will appear.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location line="+8" />
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
        <location filename="../../desktop/ui/calendar_view.py" line="-193" />
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
    <message numerus="yes">
        <location filename="../../desktop/ui/history_dialog.py" line="-73" />
        <source>Now · %n characters</source>
        <extracomment>(removed, added) text colours: 4.5:1 or more on a light and on a dark text background.</extracomment>
        <translation>
            <numerusform>Now · %n character</numerusform>
            <numerusform>Now · %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
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
        <location filename="../../desktop/ui/settings_dialog.py" line="+122" />
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
        <location filename="../../desktop/ui/bilingual_editor.py" line="-49" />
        <source>Counts for {side}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop/ui/spelling.py" line="+163" />
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
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="+152" />
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
    <name>TeamArea</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="+322" />
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
        <location line="+53" />
        <source>Team: connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Team: connected, {n} changes to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Team: offline, {n} changes to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Team: offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+27" />
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
        <location line="+10" />
        <source>Saved on this PC; it is sent when connected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Crier could not do that; the log has the details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+37" />
        <source>Joined team {team} as a team {role}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Crier could not join the team; the log has the details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location line="-407" />
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
        <location line="+24" />
        <source>Submitted text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <location line="+28" />
        <source>Comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-26" />
        <location line="+27" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-25" />
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
        <location line="+60" />
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
        <location line="+6" />
        <source>{state} · {account} · by {author} · {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+15" />
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
        <location filename="../../desktop/ui/menus.py" line="+71" />
        <source>&amp;New draft</source>
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
        <location line="+2" />
        <source>&amp;Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
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
        <location line="+6" />
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
        <location line="+54" />
        <source>User guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>The user guide could not be opened. It is at {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Search box</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+132" />
        <source>Crier could not open your drafts database. The log has the details; please send it to IT.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>checks_view</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+238" />
        <source>Over the {network} limit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="+28" />
        <source>Same as the computer</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
