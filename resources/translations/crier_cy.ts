<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+122" />
        <source>Windows Credential Manager</source>
        <translation>Rheolwr Manylion Adnabod Windows</translation>
    </message>
    <message>
        <location line="+2" />
        <source>macOS Keychain</source>
        <translation>Keychain macOS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your system's keyring</source>
        <translation>cylch allweddi eich system</translation>
    </message>
    <message>
        <location line="+81" />
        <location line="+203" />
        <source>Accounts</source>
        <translation>Cyfrifon</translation>
    </message>
    <message>
        <location line="-186" />
        <source>Connected accounts</source>
        <translation>Cyfrifon wedi'u cysylltu</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Add account</source>
        <translation>&amp;Ychwanegu cyfrif</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Sign out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make &amp;default</source>
        <translation>Gwneud yn &amp;ddiofyn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reconnect</source>
        <translation>Ail&amp;gysylltu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in to the selected account again</source>
        <translation>Mewngofnodi eto i'r cyfrif a ddewiswyd</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Council default ({mode})</source>
        <translation>Diofyn y cyngor ({mode})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Language the selected account posts in</source>
        <translation>Yr iaith y mae'r cyfrif a ddewiswyd yn cyhoeddi ynddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language of the selected account:</source>
        <translation>&amp;Iaith y cyfrif a ddewiswyd:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Welsh only</source>
        <translation>Cymraeg yn unig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English only</source>
        <translation>Saesneg yn unig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Welsh and English (one bilingual post)</source>
        <translation>Cymraeg a Saesneg (un neges ddwyieithog)</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Passwords and tokens are kept in {store}, never in Crier's files.</source>
        <translation>Caiff cyfrineiriau a thocynnau eu cadw yn {store}, byth yn ffeiliau Crier.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sign out of {handle}? Its credentials are removed from this computer. Posts queued for it stay in the outbox until you connect it again.</source>
        <translation>Allgofnodi o {handle}? Caiff ei fanylion mewngofnodi eu tynnu oddi ar y cyfrifiadur hwn. Bydd negeseuon sydd yn y ciw ar ei gyfer yn aros yn y Blwch Allan nes i chi ei gysylltu eto.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location line="-333" />
        <source>Network</source>
        <translation>Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last used</source>
        <translation>Defnyddiwyd ddiwethaf</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Connected</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Needs signing in</source>
        <translation>Angen mewngofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't store credentials on this computer</source>
        <translation>Methu cadw manylion mewngofnodi ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+12" />
        <source> — default</source>
        <translation> — diofyn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Never</source>
        <translation>Byth</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../desktop/ui/autosave.py" line="+88" />
        <source>Saving…</source>
        <translation>Wrthi'n cadw…</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Not saved: something went wrong. Crier keeps trying; your text stays here.</source>
        <translation>Heb ei gadw: aeth rhywbeth o'i le. Mae Crier yn dal i geisio; mae eich testun yn aros yma.</translation>
    </message>
</context>
<context>
    <name>BilingualPane</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="+95" />
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write the Welsh post here…</source>
        <translation>Ysgrifennwch y neges Gymraeg yma…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Write the English post here…</source>
        <translation>Ysgrifennwch y neges Saesneg yma…</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/ui/calendar_grid.py" line="+126" />
        <source>Calendar</source>
        <extracomment>How much of a post's text a chip's accessible name says.</extracomment>
        <translation>Calendr</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Sent {when}, {account}, {text}</source>
        <translation>Anfonwyd {when}, {account}, {text}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{when}, {account}, {text}</source>
        <translation>{when}, {account}, {text}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Sent: it can't be moved.</source>
        <translation>Wedi'i hanfon: does dim modd ei symud.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Scheduled: Alt+arrow keys move it, Enter chooses another time.</source>
        <translation>Wedi'i hamserlennu: mae Alt+saethau yn ei symud, ac mae Enter yn dewis amser arall.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="+79" />
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Previous</source>
        <translation>&amp;Blaenorol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ne&amp;xt</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shown period</source>
        <translation>Y cyfnod a ddangosir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Week</source>
        <translation>&amp;Wythnos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Month</source>
        <translation>&amp;Mis</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Chosen post</source>
        <translation>Y neges a ddewiswyd</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Calendar messages</source>
        <translation>Negeseuon y calendr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drag a scheduled post to move it, or choose it with Tab or the arrow keys and press Alt+arrows to move it by a day or an hour (a week in the month view).</source>
        <translation>Llusgwch neges wedi'i hamserlennu i'w symud, neu dewiswch hi gyda Tab neu'r bysellau saeth a phwyso Alt+saethau i'w symud ddiwrnod neu awr (wythnos yn y golwg mis).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Reschedule…</source>
        <translation>Newid yr &amp;amser…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Choose a post to see it here.</source>
        <translation>Dewiswch neges i'w gweld yma.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sent {when}: {post}</source>
        <translation>Anfonwyd {when}: {post}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Scheduled for {when}: {post}</source>
        <translation>Wedi'i hamserlennu ar gyfer {when}: {post}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Moved to {when}.</source>
        <translation>Wedi'i symud i {when}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The post couldn't be moved; it keeps its time.</source>
        <translation>Doedd dim modd symud y neges; mae'n cadw ei hamser.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+141" />
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+72" />
        <source>Checks appear here as you write.</source>
        <translation>Bydd gwiriadau'n ymddangos yma wrth i chi ysgrifennu.</translation>
    </message>
    <message>
        <location line="-67" />
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Apply suggestion</source>
        <translation>&amp;Defnyddio'r awgrym</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ignore here</source>
        <translation>&amp;Anwybyddu yma</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply suggestion</source>
        <translation>Defnyddio'r awgrym</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore this finding for this draft</source>
        <translation>Anwybyddu'r canfyddiad hwn ar gyfer y drafft hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sp&amp;lit into thread</source>
        <translation>Rhannu'n &amp;edefyn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Put a line with --- where each post of the thread starts, so you can see and move it</source>
        <translation>Rhoi llinell gyda --- lle mae pob neges yn yr edefyn yn dechrau, er mwyn i chi ei gweld a'i symud</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gwiriadau&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No problems found.</source>
        <translation>Ni chanfuwyd unrhyw broblemau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{errors} to fix before posting, {others} to consider.</source>
        <translation>{errors} i'w cywiro cyn cyhoeddi, {others} i'w hystyried.</translation>
    </message>
</context>
<context>
    <name>ChecksWiring</name>
    <message>
        <location filename="../../desktop/ui/checks_wiring.py" line="+110" />
        <source>Images</source>
        <translation>Delweddau</translation>
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+331" />
        <source>{choice} (from your organisation)</source>
        <translation>{choice} (gan eich sefydliad)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/accounts_dialog.py" line="+31" />
        <source>Connect {network}</source>
        <translation>Cysylltu {network}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>&amp;Connect</source>
        <translation>&amp;Cysylltu</translation>
    </message>
</context>
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+60" />
        <source>Count for {network}</source>
        <translation>Cyfrif nodau ar gyfer {network}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Preview pa&amp;rts</source>
        <translation>&amp;Rhagweld y rhannau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Preview the post on each network</source>
        <translation>Rhagweld y neges ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How each network gets this post (Ctrl+P)</source>
        <translation>Sut y bydd pob rhwydwaith yn cael y neges hon (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Count this post for {n}</source>
        <translation>Cyfrif nodau'r neges hon ar gyfer {n}</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n characters left</source>
        <translation>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
            <numerusform>%n nod ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>over the limit for one post by {n}</source>
        <translation>{n} dros y terfyn ar gyfer un neges</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bytes</source>
        <translation>beit</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n bytes left</source>
        <translation>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
            <numerusform>%n beit ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>over the limit of {limit} bytes by {n}</source>
        <translation>{n} dros y terfyn o {limit} beit</translation>
    </message>
    <message numerus="yes">
        <location line="-70" />
        <location line="+73" />
        <source>%n posts</source>
        <translation>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
            <numerusform>%n neges</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>goes as a thread of {n}; Ctrl+P shows the parts</source>
        <translation>yn mynd fel edefyn o {n}; mae Ctrl+P yn dangos y rhannau</translation>
    </message>
</context>
<context>
    <name>DraftActions</name>
    <message>
        <location filename="../../desktop/ui/draft_actions.py" line="+98" />
        <source>Crier</source>
        <translation>Crier</translation>
    </message>
    <message>
        <location line="-18" />
        <source>New draft</source>
        <translation>Drafft newydd</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Duplicate draft</source>
        <translation>Dyblygu'r drafft</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Move to Trash</source>
        <translation>Symud i'r Sbwriel</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Restore from Trash</source>
        <translation>Adfer o'r Sbwriel</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Undone: the draft is in the Trash. Ctrl+Shift+Z brings it back.</source>
        <translation>Wedi'i ddadwneud: mae'r drafft yn y Sbwriel. Mae Ctrl+Shift+Z yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The Trash is already empty.</source>
        <translation>Mae'r Sbwriel yn wag yn barod.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Empty Trash</source>
        <translation>Gwagio'r Sbwriel</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Earlier version restored. The text it replaced is in Earlier versions.</source>
        <translation>Adferwyd fersiwn gynharach. Mae'r testun a ddisodlwyd i'w weld yn Fersiynau cynharach.</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../desktop/ui/editor.py" line="+31" />
        <source>Title (optional — the first line is used if empty)</source>
        <translation>Teitl (dewisol — defnyddir y llinell gyntaf os yw'n wag)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Draft title</source>
        <translation>Teitl y drafft</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Write your post here…</source>
        <translation>Ysgrifennwch eich neges yma…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post text</source>
        <translation>Testun y neges</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_hint.py" line="+15" />
        <source>Select a draft on the left, or press Ctrl+N to start a new one.</source>
        <translation>Dewiswch ddrafft ar y chwith, neu pwyswch Ctrl+N i ddechrau un newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/editor.py" line="+14" />
        <source>&amp;Bilingual (Cymraeg + English)</source>
        <translation>D&amp;wyieithog (Cymraeg + Saesneg)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bilingual draft: a Welsh and an English text</source>
        <translation>Drafft dwyieithog: testun Cymraeg a thestun Saesneg</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../desktop/ui/drafts_model.py" line="+301" />
        <location line="+5" />
        <source>Untitled draft</source>
        <translation>Drafft heb deitl</translation>
    </message>
    <message>
        <location line="-1" />
        <source>{title}, edited {when}</source>
        <translation>{title}, golygwyd {when}</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Team: {state}</source>
        <translation>Tîm: {state}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Posted to {accounts} on {date} at {time}</source>
        <translation>Cyhoeddwyd i {accounts} ar {date} am {time}</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../desktop/ui/drafts_view.py" line="+39" />
        <source>Search drafts (Ctrl+F)</source>
        <translation>Chwilio drafftiau (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search drafts</source>
        <translation>Chwilio drafftiau</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+68" />
        <source>Clear search</source>
        <translation>Clirio'r chwilio</translation>
    </message>
    <message>
        <location line="-62" />
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All drafts</source>
        <translation>Pob drafft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Not posted yet</source>
        <translation>Heb eu cyhoeddi eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the outbox</source>
        <translation>Yn y Blwch Allan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation>Wedi'u cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trash</source>
        <translation>Sbwriel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort by</source>
        <translation>Trefnu yn ôl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Newest edits first</source>
        <translation>Golygiadau diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oldest edits first</source>
        <translation>Golygiadau hynaf yn gyntaf</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title A–Z</source>
        <translation>Teitl A–Y</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Drafts</source>
        <translation>Drafftiau</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Sho&amp;w:</source>
        <translation>Dango&amp;s:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;ort by:</source>
        <translation>&amp;Trefnu yn ôl:</translation>
    </message>
    <message>
        <location line="+66" />
        <source>No drafts match “{text}”.</source>
        <translation>Does dim drafftiau'n cyfateb i “{text}”.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The Trash is empty.</source>
        <translation>Mae'r Sbwriel yn wag.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No drafts yet. Press Ctrl+N to write one.</source>
        <translation>Dim drafftiau eto. Pwyswch Ctrl+N i ysgrifennu un.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="-346" />
        <source>Must fix</source>
        <extracomment>Underline colours (graphics: 3:1 on white or more); the findings' text keeps the palette's colour.</extracomment>
        <translation>Rhaid cywiro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consider</source>
        <translation>Ystyriwch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tip</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Suggestion: {s}</source>
        <extracomment>Severity is never colour alone: each has its word and this icon (QStyle.StandardPixmap) too. A 100 KB paste can have thousands of findings; a person reads the first few, and laying out thousands of rows or underlines would stall the GUI thread. The summary says how many there are.</extracomment>
        <translation>Awgrym: {s}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="+150" />
        <location line="+5" />
        <source>Earlier versions</source>
        <translation>Fersiynau cynharach</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Version preview</source>
        <translation>Rhagolwg o'r fersiwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Changes between this version and now</source>
        <translation>Newidiadau rhwng y fersiwn hon a nawr</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Text</source>
        <translation>&amp;Testun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Changes to now</source>
        <translation>&amp;Newidiadau hyd nawr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Restore this version</source>
        <translation>&amp;Adfer y fersiwn hon</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Crier keeps a version before every suggestion applied and every restore, and one every couple of minutes while you write: all from the last hour, then fewer as they get older.</source>
        <translation>Mae Crier yn cadw fersiwn cyn defnyddio pob awgrym a chyn pob adfer, ac un bob ychydig funudau wrth i chi ysgrifennu: pob un o'r awr ddiwethaf, yna llai wrth iddyn nhw fynd yn hŷn.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>This version is in Welsh and English; the draft is now one text. Restoring it brings back both texts. The Text tab shows them.</source>
        <translation>Mae'r fersiwn hon yn Gymraeg ac yn Saesneg; un testun yw'r drafft nawr. Bydd ei hadfer yn dod â'r ddau destun yn ôl. Mae'r tab Testun yn eu dangos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This version is one text; the draft is now in Welsh and English. Restoring it makes the draft one text again. The Text tab shows it.</source>
        <translation>Un testun yw'r fersiwn hon; mae'r drafft yn Gymraeg ac yn Saesneg nawr. Bydd ei hadfer yn gwneud y drafft yn un testun eto. Mae'r tab Testun yn ei ddangos.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No changes to the Welsh text.</source>
        <translation>Dim newidiadau i'r testun Cymraeg.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No changes to the English text.</source>
        <translation>Dim newidiadau i'r testun Saesneg.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>removed since</source>
        <translation>wedi'i dynnu ers hynny</translation>
    </message>
    <message>
        <location line="+0" />
        <source>added since</source>
        <translation>wedi'i ychwanegu ers hynny</translation>
    </message>
    <message>
        <location line="-37" />
        <source>This is the text as it is now.</source>
        <translation>Dyma'r testun fel y mae nawr.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+20" />
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="-19" />
        <location line="+21" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
</context>
<context>
    <name>HoldersDialog</name>
    <message>
        <location filename="../../desktop/ui/team_holders.py" line="+46" />
        <source>Who publishes for each account</source>
        <translation>Pwy sy'n cyhoeddi ar ran pob cyfrif</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only these people's PCs send an account's approved posts. Add someone only when their PC holds the account's sign-in.</source>
        <translation>Dim ond cyfrifiaduron y bobl hyn sy'n anfon negeseuon cymeradwy cyfrif. Ychwanegwch rywun dim ond pan fydd manylion mewngofnodi'r cyfrif ar eu cyfrifiadur.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Team accounts</source>
        <translation>Cyfrifon y tîm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Who publishes for this account</source>
        <translation>Pwy sy'n cyhoeddi ar ran y cyfrif hwn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accounts</source>
        <translation>Cyf&amp;rifon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Publishes for it</source>
        <translation>&amp;Cyhoeddi ar ei ran</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Team member to add</source>
        <translation>Aelod o'r tîm i'w ychwanegu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Team member:</source>
        <translation>&amp;Aelod o'r tîm:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add as one who publishes</source>
        <translation>Ychwanegu fel un sy'n cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the chosen person</source>
        <translation>Tynnu'r person a ddewiswyd</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Only a team admin can change who publishes.</source>
        <translation>Dim ond gweinyddwr y tîm all newid pwy sy'n cyhoeddi.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Who publishes is shown when connected to the team.</source>
        <translation>Dangosir pwy sy'n cyhoeddi pan fydd wedi cysylltu â'r tîm.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The team has no accounts yet.</source>
        <translation>Does gan y tîm ddim cyfrifon eto.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No one: its approved posts wait.</source>
        <translation>Neb: mae ei negeseuon cymeradwy yn aros.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>{name} now publishes for {account}.</source>
        <translation>Mae {name} bellach yn cyhoeddi ar gyfer {account}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Remove one who publishes</source>
        <translation>Tynnu un sy'n cyhoeddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop {name}'s PCs publishing for {account}? Its approved posts are sent only by the people left on the list.</source>
        <translation>Atal cyfrifiaduron {name} rhag cyhoeddi ar gyfer {account}? Dim ond y bobl sydd ar ôl ar y rhestr fydd yn anfon ei negeseuon cymeradwy.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Keep</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} no longer publishes for {account}.</source>
        <translation>Nid yw {name} yn cyhoeddi ar gyfer {account} mwyach.</translation>
    </message>
</context>
<context>
    <name>ImagesPanel</name>
    <message>
        <location filename="../../desktop/ui/images_view.py" line="+42" />
        <source>Attached images</source>
        <translation>Delweddau wedi'u hatodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attach i&amp;mage…</source>
        <translation>Atodi d&amp;elwedd…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remo&amp;ve image</source>
        <translation>&amp;Tynnu'r ddelwedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alt text for the selected image</source>
        <translation>Testun amgen ar gyfer y ddelwedd a ddewiswyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Describe the image for people who can't see it</source>
        <translation>Disgrifiwch y ddelwedd i bobl sy'n methu ei gweld</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alt text:</source>
        <translation>Testun &amp;amgen:</translation>
    </message>
    <message>
        <location line="+55" />
        <source>No alt text yet</source>
        <translation>Dim testun amgen eto</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source>%n image(s) need alt text before posting.</source>
        <translation>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
            <numerusform>Mae angen testun amgen ar %n delwedd cyn cyhoeddi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26" />
        <source>Attach an image</source>
        <translation>Atodi delwedd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Delweddau (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desktop/ui/team_join_dialog.py" line="+19" />
        <source>Join team</source>
        <translation>Ymuno â thîm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team database address</source>
        <translation>Cyfeiriad cronfa ddata'r tîm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your user name</source>
        <translation>Eich enw defnyddiwr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Leave empty for Windows (Kerberos) sign-in</source>
        <translation>Gadewch yn wag i fewngofnodi drwy Windows (Kerberos)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Address:</source>
        <translation>Cy&amp;feiriad:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Set by your organisation</source>
        <translation>Wedi'i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;User name:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+240" />
        <source>This isn't valid JSON: {problem} on line {line}.</source>
        <translation>Nid yw hwn yn JSON dilys: {problem} ar linell {line}.</translation>
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <location line="-224" />
        <source>One per line</source>
        <translation>Un i bob llinell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+90" />
        <location line="+3" />
        <location line="+362" />
        <source>Crier</source>
        <translation>Crier</translation>
    </message>
    <message>
        <location line="-347" />
        <source>Write or preview</source>
        <translation>Ysgrifennu neu ragweld</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>Write</source>
        <translation>Ysgrifennu</translation>
    </message>
    <message>
        <location line="-41" />
        <location line="+41" />
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="-29" />
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Opening your drafts…</source>
        <translation>Wrthi'n agor eich drafftiau…</translation>
    </message>
    <message>
        <location line="+163" />
        <source>Saved {time}</source>
        <translation>Cadwyd {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/draft_actions.py" line="-100" />
        <source>Moved %n draft(s) to the Trash. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod ag ef yn ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
            <numerusform>Symudwyd %n drafft i'r Sbwriel. Mae Ctrl+Z yn dod â nhw'n ôl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58" />
        <source>Delete %n draft(s) in the Trash for good? This can't be undone.</source>
        <translation>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
            <numerusform>Dileu %n drafft yn y Sbwriel am byth? Does dim modd dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+82" />
        <source>Queued. The Outbox shows its progress.</source>
        <translation>Yn y ciw. Mae'r Blwch Allan yn dangos ei hynt.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>About Crier</source>
        <translation>Ynghylch Crier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Crier {version}
Draft, check and publish council social media posts.</source>
        <translation>Crier {version}
Drafftio, gwirio a chyhoeddi negeseuon cyfryngau cymdeithasol y cyngor.</translation>
    </message>
    <message>
        <location line="+59" />
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Your latest changes could not be saved ({problem}). Close anyway and lose them?</source>
        <translation>Doedd dim modd cadw eich newidiadau diweddaraf ({problem}). Cau beth bynnag a'u colli?</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../desktop/ui/ops.py" line="+76" />
        <source>Crier could not do that; the log has the details.</source>
        <translation>Doedd Crier ddim yn gallu gwneud hynny; mae'r manylion yn y log.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/ui/outbox_model.py" line="+90" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Override reason</source>
        <translation>Rheswm dros ddiystyru</translation>
    </message>
    <message>
        <location line="-55" />
        <source>Waiting: the account needs connecting</source>
        <translation>Yn aros: mae angen cysylltu'r cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scheduled for {when}</source>
        <translation>Wedi'i hamserlennu ar gyfer {when}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting: {network} can't be reached</source>
        <translation>Yn aros: does dim modd cyrraedd {network}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting: your organisation's proxy asked for a sign-in</source>
        <translation>Yn aros: mae dirprwy (proxy) eich sefydliad wedi gofyn i chi fewngofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for its Welsh pair to go out</source>
        <translation>Yn aros i'w phâr Cymraeg fynd allan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for its English pair</source>
        <translation>Yn aros am ei phâr Saesneg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued behind post {post} of the same account</source>
        <translation>Yn y ciw y tu ôl i neges {post} o'r un cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retrying at {when}</source>
        <translation>Rhoi cynnig arall am {when}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued: ready to send</source>
        <translation>Yn y ciw: yn barod i'w hanfon</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Queued</source>
        <comment>column: when the post was queued</comment>
        <translation>Amser ciwio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <comment>column: when the post was sent</comment>
        <translation>Amser anfon</translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Sent (%n parts)</source>
        <translation>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
            <numerusform>Anfonwyd (%n rhan)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending part {i} of {n}</source>
        <translation>Wrthi'n anfon rhan {i} o {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queued</source>
        <translation>Yn y ciw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending…</source>
        <translation>Wrthi'n anfon…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
</context>
<context>
    <name>OutboxPanel</name>
    <message>
        <location filename="../../desktop/ui/outbox_view.py" line="+33" />
        <source>Outbox</source>
        <translation>Blwch Allan</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Send &amp;now</source>
        <translation>Anfon &amp;nawr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re&amp;try</source>
        <translation>A&amp;ilgynnig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edit (back to &amp;drafts)</source>
        <translation>Golyg&amp;u (yn ôl i'r drafftiau)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cancel</source>
        <translation>Diddy&amp;mu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;pen post</source>
        <translation>Ag&amp;or y neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cop&amp;y error</source>
        <translation>Co&amp;pïo'r gwall</translation>
    </message>
</context>
<context>
    <name>PeriodsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+82" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location line="+0" />
        <source>First day</source>
        <translation>Diwrnod cyntaf</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Last day</source>
        <translation>Diwrnod olaf</translation>
    </message>
    <message>
        <location line="+18" />
        <source>A&amp;dd period</source>
        <translation>Yc&amp;hwanegu cyfnod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove period</source>
        <translation>&amp;Tynnu cyfnod</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Period {n} needs a name.</source>
        <translation>Mae angen enw ar gyfnod {n}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{name}: {start} to {end}</source>
        <translation>{name}: {start} i {end}</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../desktop/ui/post_dialog.py" line="+47" />
        <source>Post</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="+10" />
        <source>needs connecting; the post will wait in the outbox</source>
        <translation>angen ei gysylltu; bydd y neges yn aros yn y Blwch Allan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>can't be posted: {why}</source>
        <translation>methu cyhoeddi: {why}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>must be fixed before posting</source>
        <translation>rhaid cywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>needs fixing, or a reason to post anyway</source>
        <translation>angen cywiro, neu reswm dros gyhoeddi beth bynnag</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Accounts to post to</source>
        <translation>Cyfrifon i gyhoeddi iddynt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send as soon as possible (now if online)</source>
        <translation>Anfon cyn gynted â phosibl (nawr os ydych ar-lein)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Schedule for:</source>
        <translation>Amserlennu ar gyfer:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Scheduled time</source>
        <translation>Amser wedi'i amserlennu</translation>
    </message>
    <message>
        <location line="+7" />
        <source>What must be fixed before posting</source>
        <translation>Beth sy'n rhaid ei gywiro cyn cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The checks found what must be fixed before posting:</source>
        <translation>Mae'r gwiriadau wedi canfod beth sy'n rhaid ei gywiro cyn cyhoeddi:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reason for posting anyway</source>
        <translation>Rheswm dros gyhoeddi beth bynnag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Why this should go out as it is (kept with the post)</source>
        <translation>Pam y dylai hon fynd allan fel y mae (caiff ei gadw gyda'r neges)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reason for posting anyway:</source>
        <translation>&amp;Rheswm dros gyhoeddi beth bynnag:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Post</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Post this draft to:</source>
        <translation>Cyhoeddi'r drafft hwn i:</translation>
    </message>
</context>
<context>
    <name>Posting</name>
    <message>
        <location filename="../../desktop/ui/posting.py" line="+59" />
        <location line="+3" />
        <location line="+248" />
        <source>Outbox</source>
        <translation>Blwch Allan</translation>
    </message>
    <message>
        <location line="-243" />
        <source>Connection status</source>
        <translation>Statws y cysylltiad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Posts waiting</source>
        <translation>Negeseuon yn aros</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Post…</source>
        <translation>&amp;Cyhoeddi…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Accounts…</source>
        <translation>Cyf&amp;rifon…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Outbox</source>
        <translation>&amp;Blwch Allan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Calendar</source>
        <translation>&amp;Calendr</translation>
    </message>
    <message>
        <location line="+32" />
        <location line="+42" />
        <location line="+77" />
        <source>Post</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <location line="-119" />
        <source>This draft is empty: write something first.</source>
        <translation>Mae'r drafft hwn yn wag: ysgrifennwch rywbeth yn gyntaf.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Connect an account first: Accounts (Ctrl+,) adds X, Bluesky, Mastodon or Facebook.</source>
        <translation>Cysylltwch gyfrif yn gyntaf: mae Cyfrifon (Ctrl+,) yn ychwanegu X, Bluesky, Mastodon neu Facebook.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The team has no accounts yet: an account connected on a team PC joins the team at that PC's next sync.</source>
        <translation>Does gan y tîm ddim cyfrifon eto: mae cyfrif sydd wedi'i gysylltu ar gyfrifiadur tîm yn ymuno â'r tîm pan fydd y cyfrifiadur hwnnw'n cysoni nesaf.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>too long for one post: goes as a thread of {n}</source>
        <translation>rhy hir i un neges: yn mynd fel edefyn o {n}</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Saved on this PC for approval: it goes to the team as soon as the team database can be reached.</source>
        <translation>Wedi'i chadw ar y cyfrifiadur hwn i'w chymeradwyo: caiff ei hanfon at y tîm cyn gynted ag y bydd modd cyrraedd cronfa ddata'r tîm.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Posted without approval: it is in the team outbox.</source>
        <translation>Wedi'i chyhoeddi heb gymeradwyaeth: mae ym Mlwch Allan y tîm.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted for approval. The Team area lists it under My submissions.</source>
        <translation>Wedi'i chyflwyno i'w chymeradwyo. Mae ardal y Tîm yn ei dangos o dan Fy nghyflwyniadau.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Already posted to {accounts} on {date} at {time} — post again?</source>
        <translation>Wedi'i gyhoeddi i {accounts} ar {date} am {time} yn barod — ei gyhoeddi eto?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This draft has already been posted — post again?</source>
        <translation>Mae'r drafft hwn wedi'i gyhoeddi yn barod — ei gyhoeddi eto?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Post again?</source>
        <translation>Cyhoeddi eto?</translation>
    </message>
    <message numerus="yes">
        <location line="+82" />
        <source>%n waiting to post</source>
        <translation>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
            <numerusform>%n yn aros i'w cyhoeddi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n need attention</source>
        <translation>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
            <numerusform>%n angen sylw</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="+54" />
        <source>Preview</source>
        <extracomment>The council's settings, its accounts and their limits, read on the worker thread: a bilingual draft's preview shows what each account gets (a Welsh and an English account a pair, a bilingual one one post).</extracomment>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How each network will get this draft. A long post becomes a thread for that network's own limit; a line with only --- starts a new post everywhere threads exist (Facebook keeps one post).</source>
        <translation>Sut y bydd pob rhwydwaith yn cael y drafft hwn. Mae neges hir yn troi'n edefyn yn ôl terfyn y rhwydwaith hwnnw; mae llinell sy'n cynnwys --- yn unig yn dechrau neges newydd ym mhob man lle mae edafedd (mae Facebook yn cadw un neges).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Posts on each network</source>
        <translation>Negeseuon ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Choose a network under the editor to see the post as it will appear.</source>
        <translation>Dewiswch rwydwaith o dan y golygydd i weld y neges fel y bydd yn ymddangos.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{network}, the Welsh account</source>
        <translation>{network}, y cyfrif Cymraeg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{network}, the English account</source>
        <translation>{network}, y cyfrif Saesneg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{network}, one bilingual post</source>
        <translation>{network}, un neges ddwyieithog</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>{network}: a thread of %n posts</source>
        <translation>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
            <numerusform>{network}: edefyn o %n neges</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>none sent (the network detects it)</source>
        <translation>dim wedi'i hanfon (mae'r rhwydwaith yn ei chanfod)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n}/{limit} bytes</source>
        <translation>{n}/{limit} beit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post {i} of {n}</source>
        <translation>Neges {i} o {n}</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Image {i}: {network} takes fewer images; this one won't be posted</source>
        <translation>Delwedd {i}: mae {network} yn derbyn llai o ddelweddau; ni fydd hon yn cael ei chyhoeddi</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Image {i}: {alt}</source>
        <translation>Delwedd {i}: {alt}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Image {i}: no alt text yet</source>
        <translation>Delwedd {i}: dim testun amgen eto</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../desktop/ui/qt_strings.py" line="+53" />
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Step up</source>
        <translation>&amp;Camu i fyny</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Step &amp;down</source>
        <translation>Camu i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-10" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-18" />
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-19" />
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save All</source>
        <translation>Cadw'r Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Yes to &amp;All</source>
        <translation>Ie i'r &amp;Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1" />
        <source>N&amp;o to All</source>
        <translation>Na i'r C&amp;yfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Abort</source>
        <translation>Atal</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+4" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy &amp;Link Location</source>
        <translation>Copïo lleoliad y dd&amp;olen</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/calendar_view.py" line="-199" />
        <source>Reschedule post</source>
        <translation>Newid amser y neges</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Send it at:</source>
        <translation>&amp;Ei hanfon am:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Send it at</source>
        <translation>Ei hanfon am</translation>
    </message>
</context>
<context>
    <name>RevisionsModel</name>
    <message>
        <location filename="../../desktop/ui/history_dialog.py" line="-116" />
        <source>Now · Welsh and English: {start}</source>
        <extracomment>(removed, added) text colours: 4.5:1 or more on a light and on a dark text background.</extracomment>
        <translation>Nawr · Cymraeg a Saesneg: {start}</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Now · %n characters</source>
        <translation>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
            <numerusform>Nawr · %n nod</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>{when} · Welsh and English: {start}</source>
        <translation>{when} · Cymraeg a Saesneg: {start}</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>{when} · %n characters</source>
        <translation>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
            <numerusform>{when} · %n nod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+26" />
        <source>Checks to run</source>
        <translation>Gwiriadau i'w rhedeg</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Untick a check to turn it off. Ticked checks look at every draft as you type.</source>
        <translation>Dad-diciwch wiriad i'w ddiffodd. Mae'r gwiriadau sydd wedi'u ticio yn edrych ar bob drafft wrth i chi deipio.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Set by your organisation.</source>
        <translation>Wedi'i osod gan eich sefydliad.</translation>
    </message>
</context>
<context>
    <name>SettingField</name>
    <message>
        <location line="-444" />
        <source>From your organisation (can't be removed here):</source>
        <translation>Gan eich sefydliad (does dim modd eu tynnu yma):</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{setting}, from your organisation</source>
        <translation>{setting}, gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read only: your organisation set these entries.</source>
        <translation>Darllen yn unig: eich sefydliad osododd y cofnodion hyn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your own, which you can change:</source>
        <translation>Eich rhai chi, y gallwch eu newid:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Set by your organisation</source>
        <translation>Wedi'i osod gan eich sefydliad</translation>
    </message>
    <message>
        <location line="+87" />
        <source>Set by your organisation.</source>
        <translation>Wedi'i osod gan eich sefydliad.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+130" />
        <source>Settings</source>
        <extracomment>Settings whose prefix would put them where nobody looks for them.</extracomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Settings sections</source>
        <translation>Adrannau'r gosodiadau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;hecks</source>
        <translation>&amp;Gwiriadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Posting</source>
        <translation>&amp;Cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Accounts &amp;&amp; apps</source>
        <translation>C&amp;yfrifon ac apiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Backups</source>
        <translation>Copïau &amp;wrth gefn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>O&amp;ther</source>
        <translation>&amp;Arall</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Problem saving settings</source>
        <translation>Problem wrth gadw'r gosodiadau</translation>
    </message>
    <message>
        <location line="+121" />
        <source>Please check: {settings}. Nothing has been saved yet.</source>
        <translation>Gwiriwch: {settings}. Does dim wedi'i gadw eto.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/help.py" line="+72" />
        <location line="+2" />
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Command</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
</context>
<context>
    <name>SideEditor</name>
    <message>
        <location filename="../../desktop/ui/bilingual_editor.py" line="-52" />
        <source>Counts for {side}</source>
        <translation>Cyfrifon ar gyfer {side}</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop/ui/spelling.py" line="+403" />
        <source>No suggestions</source>
        <translation>Dim awgrymiadau</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add “{word}” to dictionary</source>
        <translation>Ychwanegu “{word}” at y geiriadur</translation>
    </message>
</context>
<context>
    <name>SubmissionImages</name>
    <message>
        <location filename="../../desktop/ui/team_images.py" line="+35" />
        <source>Images</source>
        <translation>Delweddau</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Image {n}: {alt}</source>
        <translation>Delwedd {n}: {alt}</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/ui/sync_controller.py" line="+146" />
        <source>No account connected</source>
        <translation>Dim cyfrif wedi'i gysylltu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>{network} can't be reached; %n posts wait for it</source>
        <translation>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
            <numerusform>Does dim modd cyrraedd {network}; mae %n neges yn aros amdano</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>{network} can't be reached</source>
        <translation>Does dim modd cyrraedd {network}</translation>
    </message>
    <message>
        <location line="+35" />
        <source>A post needs attention</source>
        <translation>Mae angen sylw ar neges</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An account needs signing in</source>
        <translation>Mae angen mewngofnodi i gyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posts for it wait in the outbox until you connect it again (Accounts, Ctrl+,).</source>
        <translation>Bydd negeseuon ar ei gyfer yn aros yn y Blwch Allan nes i chi ei gysylltu eto (Cyfrifon, Ctrl+,).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Back online</source>
        <translation>Yn ôl ar-lein</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n post(s) from the outbox have gone out.</source>
        <translation>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
            <numerusform>Mae %n neges o'r Blwch Allan wedi mynd allan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/ui/team_model.py" line="+47" />
        <location line="+4" />
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/states.py" line="+14" />
        <source>Not sent to the team yet</source>
        <translation>Heb gyrraedd y tîm eto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Refused by the team</source>
        <translation>Gwrthodwyd gan y tîm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for review</source>
        <translation>Yn aros am adolygiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Resubmitted for review</source>
        <translation>Ailgyflwynwyd i'w adolygu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Changes requested</source>
        <translation>Gofynnwyd am newidiadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Queued to post</source>
        <translation>Yn y ciw i'w gyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending</source>
        <translation>Wrthi'n anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting to try again</source>
        <translation>Yn aros i roi cynnig arall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_model.py" line="+14" />
        <source>submitted it</source>
        <translation>wedi cyflwyno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>attached its images</source>
        <translation>wedi atodi ei ddelweddau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>resubmitted it</source>
        <translation>wedi ailgyflwyno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved it</source>
        <translation>wedi cymeradwyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>asked for changes</source>
        <translation>wedi gofyn am newidiadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>commented</source>
        <translation>wedi ychwanegu sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited it</source>
        <translation>wedi golygu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited it at the same time as someone else</source>
        <translation>wedi golygu ar yr un pryd â rhywun arall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent it back for review</source>
        <translation>wedi'i anfon yn ôl i'w adolygu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queued it to post</source>
        <translation>wedi'i roi yn y ciw i'w gyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>started sending it</source>
        <translation>wedi dechrau ei anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent it</source>
        <translation>wedi'i anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>took over sending it</source>
        <translation>wedi cymryd yr awenau i'w anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled it</source>
        <translation>wedi'i ddiddymu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>found it needs attention</source>
        <translation>wedi canfod bod angen sylw arno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>couldn't send it; it will be tried again</source>
        <translation>wedi methu â'i anfon; rhoddir cynnig arall arni</translation>
    </message>
    <message>
        <location line="+1" />
        <source>posted it without approval</source>
        <translation>wedi'i gyhoeddi heb gymeradwyaeth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved it; it waits for its pair to be approved</source>
        <translation>wedi cymeradwyo; mae'n aros i'w phâr gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deleted it (retention period)</source>
        <translation>wedi'i ddileu (cyfnod cadw)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Author</source>
        <translation>Awdur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
</context>
<context>
    <name>TeamArea</name>
    <message>
        <location filename="../../desktop/ui/team_view.py" line="+340" />
        <location line="+3" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>T&amp;eam</source>
        <translation>Tî&amp;m</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Join team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Team connection</source>
        <translation>Cysylltiad y tîm</translation>
    </message>
    <message>
        <location line="+58" />
        <source>Team: connected</source>
        <translation>Tîm: wedi cysylltu</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Team: connected, %n change(s) to send</source>
        <translation>
            <numerusform>Tîm: wedi cysylltu, %n newid i'w hanfon</numerusform>
            <numerusform>Tîm: wedi cysylltu, %n newid i'w anfon</numerusform>
            <numerusform>Tîm: wedi cysylltu, %n newid i'w hanfon</numerusform>
            <numerusform>Tîm: wedi cysylltu, %n newid i'w hanfon</numerusform>
            <numerusform>Tîm: wedi cysylltu, %n newid i'w hanfon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Team: offline, %n change(s) to send</source>
        <translation>
            <numerusform>Tîm: all-lein, %n newid i'w hanfon</numerusform>
            <numerusform>Tîm: all-lein, %n newid i'w anfon</numerusform>
            <numerusform>Tîm: all-lein, %n newid i'w hanfon</numerusform>
            <numerusform>Tîm: all-lein, %n newid i'w hanfon</numerusform>
            <numerusform>Tîm: all-lein, %n newid i'w hanfon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team: offline</source>
        <translation>Tîm: all-lein</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Approved; it is queued to post.</source>
        <translation>Wedi'i gymeradwyo; mae yn y ciw i'w gyhoeddi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent back to its author for changes.</source>
        <translation>Wedi'i anfon yn ôl at ei awdur i'w newid.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Comment added.</source>
        <translation>Sylw wedi'i ychwanegu.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Saved on this PC; it is sent when connected.</source>
        <translation>Wedi'i gadw ar y cyfrifiadur hwn; caiff ei anfon pan fydd wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Joined team {team} as a team {role}.</source>
        <translation>Wedi ymuno â'r tîm {team} fel {role} y tîm.</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location line="-433" />
        <source>This PC has not joined a team. Join with your team user name and password.</source>
        <translation>Nid yw'r cyfrifiadur hwn wedi ymuno â thîm. Ymunwch gyda'ch enw defnyddiwr a'ch cyfrinair tîm.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Join team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>To review</source>
        <translation>I'w adolygu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My submissions</source>
        <translation>Fy nghyflwyniadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which submissions</source>
        <translation>Pa gyflwyniadau</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Submissions</source>
        <translation>Cyflwyniadau</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Who pu&amp;blishes…</source>
        <translation>P&amp;wy sy'n cyhoeddi…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who publishes for each account</source>
        <translation>Pwy sy'n cyhoeddi ar ran pob cyfrif</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Submitted text</source>
        <translation>Testun a gyflwynwyd</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+29" />
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <location line="-26" />
        <source>Note or comment</source>
        <translation>Nodyn neu sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A comment, or a note with your decision</source>
        <translation>Sylw, neu nodyn gyda'ch penderfyniad</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Comment</source>
        <translation>&amp;Sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request c&amp;hanges</source>
        <translation>Gofyn am &amp;newidiadau</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Team message</source>
        <translation>Neges y tîm</translation>
    </message>
    <message>
        <location line="+61" />
        <source>To review ({n})</source>
        <translation>I'w adolygu ({n})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>My submissions ({n})</source>
        <translation>Fy nghyflwyniadau ({n})</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Nothing to show here.</source>
        <translation>Dim byd i'w ddangos yma.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{state} · {account} · by {author} · {when}</source>
        <translation>{state} · {account} · gan {author} · {when}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>No comments yet.</source>
        <translation>Dim sylwadau eto.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This submission is on this PC only; it goes to the team when connected.</source>
        <translation>Mae'r cyflwyniad hwn ar y cyfrifiadur hwn yn unig; bydd yn mynd i'r tîm pan fydd wedi cysylltu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The history is shown when connected.</source>
        <translation>Dangosir yr hanes pan fydd wedi cysylltu.</translation>
    </message>
</context>
<context>
    <name>TeamPostDialog</name>
    <message>
        <location filename="../../desktop/ui/post_team.py" line="+48" />
        <source>Submit for approval</source>
        <translation>Cyflwyno i'w chymeradwyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit this draft for approval, to post to:</source>
        <translation>Cyflwyno'r drafft hwn i'w gymeradwyo, i'w gyhoeddi i:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team accounts to submit to</source>
        <translation>Cyfrifon y tîm i gyflwyno iddynt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Post as soon as it is approved</source>
        <translation>Cyhoeddi cyn gynted ag y caiff ei chymeradwyo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Submit as a Welsh and English p&amp;air</source>
        <translation>Cyflwyno fel &amp;pâr Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The Welsh side goes to one account and the English side to another; each is approved on its own, and the Welsh goes out first.</source>
        <translation>Mae'r ochr Gymraeg yn mynd i un cyfrif a'r ochr Saesneg i un arall; caiff pob un ei chymeradwyo ar ei phen ei hun, ac mae'r Gymraeg yn mynd allan gyntaf.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Welsh account</source>
        <translation>Cyfrif Cymraeg</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English account</source>
        <translation>Cyfrif Saesneg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>W&amp;elsh side to:</source>
        <translation>Yr ochr &amp;Gymraeg i:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>E&amp;nglish side to:</source>
        <translation>Yr ochr &amp;Saesneg i:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Post &amp;without approval</source>
        <translation>Cyhoeddi &amp;heb gymeradwyaeth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team policy lets you post to these accounts without approval.</source>
        <translation>Mae polisi'r tîm yn gadael i chi gyhoeddi i'r cyfrifon hyn heb gymeradwyaeth.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reason for posting without approval</source>
        <translation>Rheswm dros gyhoeddi heb gymeradwyaeth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Why it can't wait for approval (kept in the team's audit log)</source>
        <translation>Pam na all aros am gymeradwyaeth (caiff ei gadw yn log archwilio'r tîm)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reason for posting without appro&amp;val:</source>
        <translation>Rheswm dros gyhoeddi heb gymerad&amp;wyaeth:</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Choose two different accounts for the Welsh and the English side.</source>
        <translation>Dewiswch ddau gyfrif gwahanol ar gyfer yr ochr Gymraeg a'r ochr Saesneg.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location line="+0" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location line="+10" />
        <source>can't be posted: {why}</source>
        <translation>methu cyhoeddi: {why}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&amp;Post without approval</source>
        <translation>&amp;Cyhoeddi heb gymeradwyaeth</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Submit for approval</source>
        <translation>C&amp;yflwyno i'w chymeradwyo</translation>
    </message>
</context>
<context>
    <name>TermsField</name>
    <message>
        <location filename="../../desktop/ui/setting_fields.py" line="+161" />
        <source>One per line: "word = suggestion", or just "word"</source>
        <translation>Un i bob llinell: "gair = awgrym", neu "gair" yn unig</translation>
    </message>
    <message>
        <location line="+2" />
        <source>One per line: "word = suggestion"</source>
        <translation>Un i bob llinell: "gair = awgrym"</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Line {n} has no word before the "=".</source>
        <translation>Does dim gair cyn yr "=" ar linell {n}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Line {n} repeats "{term}".</source>
        <translation>Mae llinell {n} yn ailadrodd "{term}".</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Line {n} needs a suggestion after "=", like "{term} = better word".</source>
        <translation>Mae angen awgrym ar ôl "=" ar linell {n}, fel "{term} = gair gwell".</translation>
    </message>
</context>
<context>
    <name>TextField</name>
    <message>
        <location line="-176" />
        <source>Clear {setting}</source>
        <translation>Clirio {setting}</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="+87" />
        <source>&amp;New draft</source>
        <extracomment>Each action's shortcut, until ``_set_shortcuts`` gives them (after the first paint): a key ("Ctrl+N") or the name of one of Qt's standard keys ("Undo"), which differ between systems.</extracomment>
        <translation>Drafft &amp;newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>D&amp;uplicate draft</source>
        <translation>&amp;Dyblygu'r drafft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Earlier &amp;versions…</source>
        <translation>&amp;Fersiynau cynharach…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move to Trash</source>
        <translation>&amp;Symud i'r Sbwriel</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore from &amp;Trash</source>
        <translation>Ad&amp;fer o'r Sbwriel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Gwagio'r Sbwriel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sp&amp;lit into thread</source>
        <translation>Rhannu'n &amp;edefyn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Settings…</source>
        <translation>G&amp;osodiadau…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;View</source>
        <translation>Go&amp;lwg</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Drafts</source>
        <translation>&amp;Drafftiau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Trash</source>
        <translation>&amp;Sbwriel</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Preview on each network</source>
        <translation>&amp;Rhagolwg ar bob rhwydwaith</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Crier &amp;user guide</source>
        <translation>&amp;Canllaw defnyddwyr Crier</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Crier</source>
        <translation>&amp;Ynghylch Crier</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Main toolbar</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+68" />
        <source>User guide</source>
        <translation>Canllaw defnyddwyr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The user guide could not be opened. It is at {path}</source>
        <translation>Doedd dim modd agor y canllaw defnyddwyr. Mae i'w gael yn {path}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Search box</source>
        <translation>Blwch chwilio</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desktop/app.py" line="+173" />
        <source>Crier could not open your drafts database. The log has the details; please send it to IT.</source>
        <translation>Doedd Crier ddim yn gallu agor cronfa ddata eich drafftiau. Mae'r manylion yn y ffeil log; anfonwch hi at TG.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../desktop/cli_text.py" line="+56" />
        <source>usage: </source>
        <extracomment>argparse's own words (through its gettext hook ``argparse._``), in the catalogue under "argparse".</extracomment>
        <translation>defnydd: </translation>
    </message>
    <message>
        <location line="+1" />
        <source>positional arguments</source>
        <translation>ymresymiadau safleol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>options</source>
        <translation>dewisiadau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>show this help message and exit</source>
        <translation>dangos y neges gymorth hon a gadael</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="-116" />
        <location filename="../../desktop/cli_text.py" line="+1" />
        <source>show program's version number and exit</source>
        <translation>dangos rhif fersiwn y rhaglen a gadael</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_text.py" line="+1" />
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: gwall: %(message)s
</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the following arguments are required: %s</source>
        <translation>mae angen yr ymresymiadau canlynol: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unrecognized arguments: %s</source>
        <translation>ymresymiadau anhysbys: %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>ymresymiad %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>dewis annilys: %(value)r (dewiswch o blith %(choices)s)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>gwerth %(type)s annilys: %(value)r</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expected one argument</source>
        <translation>roedd disgwyl un ymresymiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>not allowed with argument %s</source>
        <translation>ni chaniateir gyda'r ymresymiad %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>one of the arguments %s is required</source>
        <translation>mae angen un o'r ymresymiadau %s</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dewis amwys: gallai %(option)s gyfateb i %(matches)s</translation>
    </message>
</context>
<context>
    <name>checks_view</name>
    <message>
        <location filename="../../desktop/ui/checks_view.py" line="+345" />
        <source>Over the {network} limit</source>
        <translation>Dros derfyn {network}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli_check.py" line="+45" />
        <source>--lang both needs a bilingual file. {format}</source>
        <translation>Mae --lang both angen ffeil ddwyieithog. {format}</translation>
    </message>
    <message>
        <location line="+31" />
        <source>error</source>
        <extracomment>A finding's severity as a word (the window shows it with its icon and colour too).</extracomment>
        <translation>gwall</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Suggestion: {s}</source>
        <translation>Awgrym: {s}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No problems found.</source>
        <translation>Dim problemau wedi'u canfod.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="-16" />
        <source>Draft, check and publish council social media posts, offline first.</source>
        <extracomment>The window's icon in its first frame is a small PNG, which Qt decodes itself; the SVG, which loads Qt's SVG plugin and is drawn at each size the window manager is given (3-5 ms under X11), replaces it after.</extracomment>
        <translation>Drafftio, gwirio a chyhoeddi negeseuon cyfryngau cymdeithasol y cyngor, all-lein yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Without a command, crier opens the window; there Ctrl+P previews the post as each network will show it (its own parts, shortened links, image descriptions). Posting is checked first: by default personal data and placeholders stop a post outright, while other must-fix findings may be overridden with a one-line reason (crier queue --override); IT sets which by policy.</source>
        <translation>Heb orchymyn, mae crier yn agor y ffenestr; yno mae Ctrl+P yn rhagweld y neges fel y bydd pob rhwydwaith yn ei dangos (ei rhannau ei hun, dolenni wedi'u byrhau, disgrifiadau delweddau). Caiff cyhoeddi ei wirio yn gyntaf: yn ddiofyn mae data personol a dalfannau'n atal neges yn llwyr, tra gellir diystyru canfyddiadau eraill y mae'n rhaid eu trwsio drwy roi rheswm mewn un llinell (crier queue --override); TG sy'n pennu pa rai drwy bolisi.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>use this SQLAlchemy database URL instead of the local drafts file</source>
        <translation>defnyddio'r URL cronfa ddata SQLAlchemy hwn yn lle'r ffeil drafftiau leol</translation>
    </message>
    <message>
        <location line="+5" />
        <source>print a health report and exit (for IT)</source>
        <translation>argraffu adroddiad iechyd a gadael (ar gyfer TG)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="+46" />
        <source>print JSON for scripts</source>
        <translation>argraffu JSON ar gyfer sgriptiau</translation>
    </message>
    <message>
        <location line="+21" />
        <source>queue a post (FILE, or - for standard input), checked first; --override "reason" where allowed</source>
        <translation>ciwio neges (FFEIL, neu - ar gyfer mewnbwn safonol), wedi'i gwirio yn gyntaf; --override "rheswm" lle caniateir</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Queue a post for each account. It is checked first, as `crier check` and the window's Post check it: anything that must be fixed (personal data, placeholders, swearing, too long, an image without a description) stops it, listed per account, with exit status 1. Where your organisation allows a check to be overridden (setting posting.overridable_rules; by default not personal data or placeholders), --override "reason" queues it anyway and keeps the reason with the post (shown by `crier outbox`). {bilingual}</source>
        <translation>Ciwio neges ar gyfer pob cyfrif. Caiff ei gwirio yn gyntaf, fel y mae `crier check` a Cyhoeddi yn y ffenestr yn ei gwirio: mae unrhyw beth y mae'n rhaid ei drwsio (data personol, dalfannau, rhegi, rhy hir, delwedd heb ddisgrifiad) yn ei hatal, wedi'i restru fesul cyfrif, gyda statws gadael 1. Lle mae eich sefydliad yn caniatáu diystyru gwiriad (y gosodiad posting.overridable_rules; yn ddiofyn nid data personol na dalfannau), mae --override "rheswm" yn ei chiwio beth bynnag ac yn cadw'r rheswm gyda'r neges (fel y dengys `crier outbox`). {bilingual}</translation>
    </message>
    <message>
        <location line="+15" />
        <source>account to post to (repeatable)</source>
        <translation>cyfrif i gyhoeddi iddo (gellir ei ailadrodd)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>publish at this time (in the future) instead of as soon as possible</source>
        <translation>cyhoeddi ar yr amser hwn (yn y dyfodol) yn lle cyn gynted â phosibl</translation>
    </message>
    <message>
        <location line="+5" />
        <source>with an --at in the past: post as soon as possible</source>
        <translation>gydag --at yn y gorffennol: cyhoeddi cyn gynted â phosibl</translation>
    </message>
    <message>
        <location line="+3" />
        <source>confirm an --at more than a year away</source>
        <translation>cadarnhau --at sydd fwy na blwyddyn i ffwrdd</translation>
    </message>
    <message>
        <location line="+5" />
        <source>allow a text that needs more than {n} posts to go out as a thread</source>
        <translation>caniatáu i destun sydd angen mwy na {n} neges fynd allan fel edefyn</translation>
    </message>
    <message>
        <location line="+7" />
        <source>post despite findings your organisation lets you override; the one-line reason is kept with it</source>
        <translation>cyhoeddi er gwaethaf canfyddiadau y mae eich sefydliad yn gadael i chi eu diystyru; caiff y rheswm un llinell ei gadw gyda hi</translation>
    </message>
    <message>
        <location line="+8" />
        <source>language of the post as a BCP 47 tag (en, cy, en-GB)</source>
        <translation>iaith y neges fel tag BCP 47 (en, cy, en-GB)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>queue a bilingual file as a Welsh and an English post</source>
        <translation>ciwio ffeil ddwyieithog fel neges Gymraeg a neges Saesneg</translation>
    </message>
    <message>
        <location line="+6" />
        <source>on a team PC: post without approval, where team policy lets you; the reason is audited</source>
        <translation>ar gyfrifiadur tîm: cyhoeddi heb gymeradwyaeth, lle mae polisi'r tîm yn caniatáu; caiff y rheswm ei gofnodi yn y log archwilio</translation>
    </message>
    <message>
        <location line="+8" />
        <source>attach a PNG, JPEG, GIF or WebP image of up to 20 MB (repeatable, at most 4), with --alt</source>
        <translation>atodi delwedd PNG, JPEG, GIF neu WebP hyd at 20 MB (gellir ei ailadrodd, 4 ar y mwyaf), gydag --alt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the image's alt text, describing it for people who can't see it: one for each --image, in order</source>
        <translation>testun amgen y ddelwedd, yn ei disgrifio i bobl sy'n methu ei gweld: un ar gyfer pob --image, yn eu trefn</translation>
    </message>
    <message>
        <location line="+9" />
        <source>count and check a post for each network: its counts (Bluesky's bytes too), the parts each network gets, findings (FILE, or - / nothing for standard input)</source>
        <translation>cyfrif a gwirio neges ar gyfer pob rhwydwaith: ei chyfrifon (beitiau Bluesky hefyd), y rhannau y mae pob rhwydwaith yn eu cael, canfyddiadau (FFEIL, neu - / dim byd ar gyfer mewnbwn safonol)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>network to count for (repeatable; default x)</source>
        <translation>rhwydwaith i gyfrif ar ei gyfer (gellir ei ailadrodd; x yn ddiofyn)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>check the Welsh, the English or both sides (default both)</source>
        <translation>gwirio'r Gymraeg, y Saesneg neu'r ddwy ochr (y ddwy yn ddiofyn)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>show queued, sent and failed posts</source>
        <translation>dangos negeseuon yn y ciw, wedi'u hanfon ac wedi methu</translation>
    </message>
    <message>
        <location line="+5" />
        <source>publish what is due</source>
        <translation>cyhoeddi'r hyn sy'n ddyledus</translation>
    </message>
    <message>
        <location line="+5" />
        <source>publish what is due, then exit</source>
        <translation>cyhoeddi'r hyn sy'n ddyledus, yna gadael</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only this account</source>
        <translation>y cyfrif hwn yn unig</translation>
    </message>
    <message>
        <location line="+30" />
        <source>something went wrong ({error}); the log has the details</source>
        <translation>aeth rhywbeth o'i le ({error}); mae'r manylion yn y log</translation>
    </message>
    <message>
        <location line="+54" />
        <source>standard input</source>
        <translation>mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the text is longer than any network accepts as a post (over {n} characters)</source>
        <translation>mae'r testun yn hirach nag y mae unrhyw rwydwaith yn ei dderbyn fel neges (dros {n} nod)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>there is no file {name}</source>
        <translation>does dim ffeil {name}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>nid testun UTF-8 yw {name}; cadwch ef fel UTF-8 a rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location line="+9" />
        <source>can't read {name}: {why}</source>
        <translation>methu darllen {name}: {why}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} is empty: there is no post in it</source>
        <translation>mae {name} yn wag: does dim neges ynddo</translation>
    </message>
    <message>
        <location line="+30" />
        <source>{value} is not a date and time like 2026-12-01T09:30 or 2026-12-01T09:30Z</source>
        <translation>nid yw {value} yn ddyddiad ac amser fel 2026-12-01T09:30 neu 2026-12-01T09:30Z</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{value} is not a date Crier can use</source>
        <translation>nid yw {value} yn ddyddiad y gall Crier ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+20" />
        <source>{value} is not a language tag Crier can use; use one like en, cy or en-GB</source>
        <translation>nid yw {value} yn dag iaith y gall Crier ei ddefnyddio; defnyddiwch un fel en, cy neu en-GB</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{when} is in the past; leave out --at (or add --now) to post as soon as possible</source>
        <translation>mae {when} yn y gorffennol; hepgorwch --at (neu ychwanegu --now) i gyhoeddi cyn gynted â phosibl</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{when} is more than a year away; add --yes if that is the time you mean</source>
        <translation>mae {when} fwy na blwyddyn i ffwrdd; ychwanegwch --yes os mai dyna'r amser rydych yn ei olygu</translation>
    </message>
    <message>
        <location line="+22" />
        <source>--without-approval is for a PC joined to a team; this PC posts directly</source>
        <translation>mae --without-approval ar gyfer cyfrifiadur sydd wedi ymuno â thîm; mae'r cyfrifiadur hwn yn cyhoeddi'n uniongyrchol</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop/cli_team.py" line="+380" />
        <source>--pair needs a bilingual file. {format}</source>
        <translation>Mae --pair angen ffeil ddwyieithog. {format}</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../desktop/cli_team.py" line="+7" />
        <source>--pair takes two accounts, @welsh,@english, and no --account</source>
        <translation>mae --pair yn cymryd dau gyfrif, @cymraeg,@saesneg, a dim --account</translation>
    </message>
    <message>
        <location line="+13" />
        <source>choose an account with --account (see `crier accounts list`)</source>
        <translation>dewiswch gyfrif gydag --account (gweler `crier accounts list`)</translation>
    </message>
    <message>
        <location line="+29" />
        <source>there is an --alt without an --image to describe; give each --image one --alt</source>
        <translation>mae --alt heb --image iddo'i ddisgrifio; rhowch un --alt i bob --image</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{n} on {network}</source>
        <translation>{n} ar {network}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>this text would go out as a thread of {where}; add --thread to queue it as a thread, or shorten it</source>
        <translation>byddai'r testun hwn yn mynd allan fel edefyn o {where}; ychwanegwch --thread i'w giwio fel edefyn, neu ei fyrhau</translation>
    </message>
    <message>
        <location line="+41" />
        <source>this needs fixing: fix it, or post it anyway with --override "reason"</source>
        <translation>mae angen trwsio hyn: trwsiwch ef, neu ei gyhoeddi beth bynnag gydag --override "rheswm"</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{problem}. Nothing was queued.</source>
        <translation>{problem}. Chafodd dim byd ei giwio.</translation>
    </message>
    <message>
        <location line="-91" />
        <source>Queued post {ids} for {when}.</source>
        <translation>Neges {ids} yn y ciw ar gyfer {when}.</translation>
    </message>
    <message>
        <location line="-418" />
        <source>Bilingual posts: {format} Each account gets what its language mode asks for (its own, else the setting posting.language_mode): Welsh only, English only, or both in one post, Welsh first (English first where posting.bilingual_order is en-first), as a thread starting with the first language where it doesn't fit in one. --pair @welsh,@english queues the Welsh text for the first account and the English for the second; the English goes out only after the Welsh, and neither goes while the other can't. Language tags come from the text.</source>
        <extracomment>`crier queue` turns a long text into a thread of up to this many posts by itself; more needs --thread.</extracomment>
        <translation>Negeseuon dwyieithog: {format} Mae pob cyfrif yn cael yr hyn y mae ei fodd iaith yn gofyn amdano (ei fodd ei hun, fel arall y gosodiad posting.language_mode): Cymraeg yn unig, Saesneg yn unig, neu'r ddwy mewn un neges, y Gymraeg yn gyntaf (y Saesneg yn gyntaf lle mae posting.bilingual_order yn en-first), fel edefyn sy'n dechrau gyda'r iaith gyntaf lle nad yw'n ffitio mewn un. Mae --pair @cymraeg,@saesneg yn ciwio'r testun Cymraeg ar gyfer y cyfrif cyntaf a'r Saesneg ar gyfer yr ail; dim ond ar ôl y Gymraeg y mae'r Saesneg yn mynd allan, a does yr un o'r ddwy yn mynd tra na all y llall. Daw'r tagiau iaith o'r testun.</translation>
    </message>
    <message>
        <location line="+422" />
        <source>Queued post {ids}.</source>
        <translation>Neges {ids} yn y ciw.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overriding {rules}, for the reason given.</source>
        <translation>Yn diystyru {rules}, am y rheswm a roddwyd.</translation>
    </message>
    <message>
        <location line="+85" />
        <source>{problem}. Nothing was submitted.</source>
        <translation>{problem}. Chafodd dim byd ei gyflwyno.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The outbox is empty.</source>
        <translation>Mae'r Blwch Allan yn wag.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_outbox.py" line="+21" />
        <source>This PC was offline when it last checked, at {when}: waiting posts go out once it is back online.</source>
        <translation>Roedd y cyfrifiadur hwn all-lein pan wiriodd ddiwethaf, am {when}: bydd y negeseuon sy'n aros yn mynd allan pan fydd yn ôl ar-lein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>When this PC last checked, at {when}, {networks} couldn't be reached.</source>
        <translation>Pan wiriodd y cyfrifiadur hwn ddiwethaf, am {when}, doedd dim modd cyrraedd {networks}.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>(team)</source>
        <translation>(tîm)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>(overridden: {reason})</source>
        <translation>(diystyrwyd: {reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="+15" />
        <source>Sent {sent}, waiting to retry {waiting}, needing attention {attention}, paused for sign-in {paused}.</source>
        <translation>Anfonwyd {sent}, yn aros i roi cynnig arall {waiting}, angen sylw {attention}, wedi oedi i fewngofnodi {paused}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_accounts.py" line="+20" />
        <source>the Page's numeric ID</source>
        <extracomment>`crier accounts add-…` commands that read one secret from standard input: subcommand -&gt; (form id in core.networks.forms.FORMS, [(flag, form field, help)], what the secret is). The secret field is the form's only secret field.</extracomment>
        <translation>ID rhifol y Dudalen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the Page access token</source>
        <translation>tocyn mynediad y Dudalen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>e.g. yourcouncil.bsky.social</source>
        <translation>e.e. eichcyngor.bsky.social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the PDS address</source>
        <translation>cyfeiriad y PDS</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an app password</source>
        <translation>cyfrinair ap</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the server, e.g. mastodon.social</source>
        <translation>y gweinydd, e.e. mastodon.social</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the access token</source>
        <translation>y tocyn mynediad</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list, add and remove connected accounts</source>
        <translation>rhestru, ychwanegu a thynnu cyfrifon cysylltiedig</translation>
    </message>
    <message>
        <location line="+3" />
        <source>show connected accounts</source>
        <translation>dangos cyfrifon cysylltiedig</translation>
    </message>
    <message>
        <location line="+5" />
        <source>set the language an account posts in: cy (Welsh), en (English) or both</source>
        <translation>gosod yr iaith y mae cyfrif yn cyhoeddi ynddi: cy (Cymraeg), en (Saesneg) neu both (y ddwy)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>default: the council's</source>
        <translation>default: iaith ddiofyn y cyngor</translation>
    </message>
    <message>
        <location line="+4" />
        <source>sign out of an account and forget its credentials</source>
        <translation>allgofnodi o gyfrif ac anghofio ei fanylion mewngofnodi</translation>
    </message>
    <message>
        <location line="+6" />
        <source>connect an X account</source>
        <translation>cysylltu cyfrif X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect an X account. --oauth1 reads the four keys as JSON on standard input ({keys}); --oauth2 signs in through the browser with the X app client ID from Settings or the machine policy.</source>
        <translation>Cysylltu cyfrif X. Mae --oauth1 yn darllen y pedair allwedd fel JSON ar y mewnbwn safonol ({keys}); mae --oauth2 yn mewngofnodi drwy'r porwr gydag ID cleient ap X o'r Gosodiadau neu bolisi'r peiriant.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>read OAuth 1.0a keys as JSON from standard input</source>
        <translation>darllen allweddi OAuth 1.0a fel JSON o'r mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+5" />
        <source>sign in through the browser (OAuth 2.0)</source>
        <translation>mewngofnodi drwy'r porwr (OAuth 2.0)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>how long to wait for the browser</source>
        <translation>am faint i aros am y porwr</translation>
    </message>
    <message>
        <location line="+6" />
        <source>with --oauth2: the port of the callback URL registered for the X app (http://127.0.0.1:PORT/callback); X only accepts registered callback URLs</source>
        <translation>gydag --oauth2: porth yr URL galw'n ôl a gofrestrwyd ar gyfer ap X (http://127.0.0.1:PORT/callback); dim ond URLau galw'n ôl cofrestredig y mae X yn eu derbyn</translation>
    </message>
    <message>
        <location line="+11" />
        <source>connect a {network} account</source>
        <translation>cysylltu cyfrif {network}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{intro} The secret ({secret}) is read from standard input, never from arguments.</source>
        <translation>{intro} Caiff y gyfrinach ({secret}) ei darllen o'r mewnbwn safonol, byth o'r ymresymiadau.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="-140" />
        <location filename="../../desktop/cli_accounts.py" line="+17" />
        <source>No accounts yet. Add one in the app (Accounts, Ctrl+,) or with `crier accounts add-x`.</source>
        <translation>Dim cyfrifon eto. Ychwanegwch un yn yr ap (Cyfrifon, Ctrl+,) neu gyda `crier accounts add-x`.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_accounts.py" line="+8" />
        <source>(default)</source>
        <translation>(diofyn)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>last used {when}</source>
        <translation>defnyddiwyd ddiwethaf {when}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Signed out of {handle} and removed its credentials from this computer.</source>
        <translation>Wedi allgofnodi o {handle} a thynnu ei fanylion mewngofnodi o'r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{handle} now posts in Welsh only.</source>
        <translation>Mae {handle} bellach yn cyhoeddi yn Gymraeg yn unig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{handle} now posts in English only.</source>
        <translation>Mae {handle} bellach yn cyhoeddi yn Saesneg yn unig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{handle} now posts in Welsh and English.</source>
        <translation>Mae {handle} bellach yn cyhoeddi yn Gymraeg ac yn Saesneg.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{handle} now posts in the default language.</source>
        <translation>Mae {handle} bellach yn cyhoeddi yn yr iaith ddiofyn.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>the X app client ID isn't set; set x.client_id in Settings or ask IT to set it in the machine policy, or use --oauth1 with pasted keys</source>
        <translation>dydy ID cleient ap X ddim wedi'i osod; gosodwch x.client_id yn y Gosodiadau neu gofynnwch i TG ei osod ym mholisi'r peiriant, neu defnyddiwch --oauth1 gydag allweddi wedi'u gludo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Opening X in your browser. If it doesn't open, visit:</source>
        <translation>Yn agor X yn eich porwr. Os nad yw'n agor, ewch i:</translation>
    </message>
    <message>
        <location line="+15" />
        <source>give the {what} on standard input</source>
        <translation>rhowch y {what} ar y mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Connected {handle} ({name}).</source>
        <translation>Wedi cysylltu {handle} ({name}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Connected {handle}.</source>
        <translation>Wedi cysylltu {handle}.</translation>
    </message>
    <message>
        <location line="+5" />
        <location filename="../../desktop/cli_team.py" line="-81" />
        <source>connected</source>
        <extracomment>An account's status as ``crier accounts list`` says it.</extracomment>
        <translation>wedi cysylltu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs sign in</source>
        <translation>angen mewngofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>credentials unavailable</source>
        <translation>manylion mewngofnodi ddim ar gael</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_approvals.py" line="+27" />
        <source>Nothing is waiting for approval.</source>
        <translation>Does dim byd yn aros am gymeradwyaeth.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>image {n} of {count}: {alt} ({name}, {size} KB)</source>
        <translation>delwedd {n} o {count}: {alt} ({name}, {size} KB)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>say what needs changing with --comment</source>
        <translation>dywedwch beth sydd angen ei newid gyda --comment</translation>
    </message>
    <message>
        <location line="+3" />
        <source>submission {id} is not among the submissions this PC has read from the team, so Crier can't check its words; connect to the team and run `crier approvals list`, then approve it</source>
        <translation>nid yw cyflwyniad {id} ymhlith y cyflwyniadau y mae'r cyfrifiadur hwn wedi'u darllen o'r tîm, felly ni all Crier wirio ei eiriau; cysylltwch â'r tîm a rhedwch `crier approvals list`, yna cymeradwywch ef</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Saved your decision on submission {id}; it is sent at the next `crier sync --once`.</source>
        <translation>Cadwyd eich penderfyniad ar gyflwyniad {id}; caiff ei anfon gyda'r `crier sync --once` nesaf.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Approved submission {id}; it is queued to post.</source>
        <translation>Cymeradwywyd cyflwyniad {id}; mae yn y ciw i'w gyhoeddi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sent submission {id} back to its author for changes.</source>
        <translation>Anfonwyd cyflwyniad {id} yn ôl at ei awdur i'w newid.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the comment is empty</source>
        <translation>mae'r sylw yn wag</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Comment added.</source>
        <translation>Ychwanegwyd y sylw.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Comment saved; it is sent at the next sync.</source>
        <translation>Cadwyd y sylw; caiff ei anfon yn y cysoniad nesaf.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the new text is empty; nothing was changed</source>
        <translation>mae'r testun newydd yn wag; newidiwyd dim byd</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Edited submission {id}; it goes back for review.</source>
        <translation>Golygwyd cyflwyniad {id}; mae'n mynd yn ôl i'w adolygu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved your edit of submission {id}; it is sent at the next sync.</source>
        <translation>Cadwyd eich golygiad o gyflwyniad {id}; caiff ei anfon yn y cysoniad nesaf.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_drafts.py" line="+32" />
        <source>list, show and export drafts</source>
        <translation>rhestru, dangos ac allforio drafftiau</translation>
    </message>
    <message>
        <location line="+2" />
        <source>one line per draft, newest first</source>
        <translation>un llinell i bob drafft, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the drafts in the Trash instead</source>
        <translation>y drafftiau yn y Sbwriel yn lle hynny</translation>
    </message>
    <message>
        <location line="+4" />
        <source>one draft's text, dates and where it was posted</source>
        <translation>testun a dyddiadau un drafft a ble cafodd ei gyhoeddi</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the draft's number, as `crier drafts list` shows it</source>
        <translation>rhif y drafft, fel y mae `crier drafts list` yn ei ddangos</translation>
    </message>
    <message>
        <location line="+5" />
        <source>every draft with its text, dates and postings</source>
        <translation>pob drafft gyda'i destun, ei ddyddiadau a'i gyhoeddiadau</translation>
    </message>
    <message>
        <location line="+6" />
        <source>json (default) or csv</source>
        <translation>json (diofyn) neu csv</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{where} on {when}</source>
        <translation>{where} ar {when}</translation>
    </message>
    <message>
        <location line="+53" />
        <source>The Trash is empty.</source>
        <translation>Mae'r Sbwriel yn wag.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>No drafts yet.</source>
        <translation>Dim drafftiau eto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Untitled draft</source>
        <translation>Drafft heb deitl</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{value} isn't a draft number; `crier drafts list` shows them.</source>
        <translation>nid yw {value} yn rhif drafft; mae `crier drafts list` yn eu dangos.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>There is no draft {id}; `crier drafts list` shows them.</source>
        <translation>Does dim drafft {id}; mae `crier drafts list` yn eu dangos.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Edited</source>
        <translation>Golygwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Networks</source>
        <translation>Rhwydweithiau</translation>
    </message>
    <message>
        <location line="+3" />
        <source>In the Trash since</source>
        <translation>Yn y Sbwriel ers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posted</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_team.py" line="-243" />
        <source>the connection to the team database dropped; nothing was lost, run the command again</source>
        <translation>torrodd y cysylltiad â chronfa ddata'r tîm; chollwyd dim byd, rhedwch y gorchymyn eto</translation>
    </message>
    <message>
        <location line="+14" />
        <source>join or set up a team (shared PostgreSQL database)</source>
        <translation>ymuno â thîm neu sefydlu tîm (cronfa ddata PostgreSQL a rennir)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>create or upgrade the team schema (IT, once)</source>
        <translation>creu neu uwchraddio sgema'r tîm (TG, unwaith)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create or upgrade the team schema, roles and policies, as a role that owns the database and may create roles. The password comes from the URL or standard input.</source>
        <translation>Creu neu uwchraddio sgema, rolau a pholisïau'r tîm, fel rôl sy'n berchen ar y gronfa ddata ac sy'n cael creu rolau. Daw'r cyfrinair o'r URL neu'r mewnbwn safonol.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>add a person (a PostgreSQL role); password on standard input</source>
        <translation>ychwanegu person (rôl PostgreSQL); cyfrinair ar y mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+6" />
        <source>join this PC to a team; password on standard input</source>
        <translation>ymuno'r cyfrifiadur hwn â thîm; cyfrinair ar y mewnbwn safonol</translation>
    </message>
    <message>
        <location line="+6" />
        <source>default: the team.database_url setting</source>
        <translation>diofyn: y gosodiad team.database_url</translation>
    </message>
    <message>
        <location line="+3" />
        <source>your user name, when the address has none</source>
        <translation>eich enw defnyddiwr, pan nad oes un yn y cyfeiriad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>joined or not, as whom, reachable, what waits to be sent</source>
        <translation>wedi ymuno neu beidio, fel pwy, modd ei gyrraedd, beth sy'n aros i'w anfon</translation>
    </message>
    <message>
        <location line="+4" />
        <source>change a team policy setting (admins)</source>
        <translation>newid un o osodiadau polisi'r tîm (gweinyddwyr)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>for needs_approval: which account</source>
        <translation>ar gyfer needs_approval: pa gyfrif</translation>
    </message>
    <message>
        <location line="+5" />
        <source>who publishes for each account (admins add and remove them)</source>
        <translation>pwy sy'n cyhoeddi ar gyfer pob cyfrif (gweinyddwyr sy'n eu hychwanegu a'u tynnu)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>each account and who publishes for it</source>
        <translation>pob cyfrif a phwy sy'n cyhoeddi ar ei gyfer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>let NAME's PCs publish for ACCOUNT (they hold its credentials)</source>
        <translation>gadael i gyfrifiaduron NAME gyhoeddi ar gyfer ACCOUNT (mae ganddynt ei fanylion adnabod)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>stop NAME's PCs publishing for ACCOUNT</source>
        <translation>atal cyfrifiaduron NAME rhag cyhoeddi ar gyfer ACCOUNT</translation>
    </message>
    <message>
        <location line="+8" />
        <source>submissions waiting for approval</source>
        <translation>cyflwyniadau sy'n aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location line="+4" />
        <source>list submissions waiting for a decision (yours, for authors)</source>
        <translation>rhestru cyflwyniadau sy'n aros am benderfyniad (eich rhai chi, i awduron)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>approve a submission (approvers)</source>
        <translation>cymeradwyo cyflwyniad (cymeradwywyr)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>send a submission back with a comment (approvers)</source>
        <translation>anfon cyflwyniad yn ôl gyda sylw (cymeradwywyr)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>comment on a submission</source>
        <translation>rhoi sylw ar gyflwyniad</translation>
    </message>
    <message>
        <location line="+5" />
        <source>replace a submission's text (FILE, or - for standard input)</source>
        <translation>disodli testun cyflwyniad (FFEIL, neu - ar gyfer mewnbwn safonol)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the team's audit log</source>
        <translation>log archwilio'r tîm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>every submission, decision, comment and post, to standard output</source>
        <translation>pob cyflwyniad, penderfyniad, sylw a neges, i'r allbwn safonol</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only events on or after this date (ISO 8601)</source>
        <translation>dim ond digwyddiadau ar y dyddiad hwn neu wedyn (ISO 8601)</translation>
    </message>
    <message>
        <location line="+30" />
        <source>The password was read from the address, so it may be kept in your shell's history and shown to other users of this computer; next time leave it out and give it on standard input.</source>
        <translation>Cafodd y cyfrinair ei ddarllen o'r cyfeiriad, felly efallai y caiff ei gadw yn hanes eich cragen a'i ddangos i ddefnyddwyr eraill y cyfrifiadur hwn; y tro nesaf, gadewch ef allan a'i roi ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Added {name} as a team {role}, with the password given.</source>
        <translation>Ychwanegwyd {name} fel {role} y tîm, gyda'r cyfrinair a roddwyd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added {name} as a team {role}, for Kerberos (no password).</source>
        <translation>Ychwanegwyd {name} fel {role} y tîm, ar gyfer Kerberos (dim cyfrinair).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Joined team {team} as {user} ({role}).</source>
        <translation>Wedi ymuno â'r tîm {team} fel {user} ({role}).</translation>
    </message>
    <message>
        <location line="+42" />
        <source>This PC has not joined a team (`crier team join URL`).</source>
        <translation>Nid yw'r cyfrifiadur hwn wedi ymuno â thîm (`crier team join URL`).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>offline</source>
        <translation>all-lein</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team {team}: {reach}, as {user} ({role}) at {database}; {n} changes waiting to be sent.</source>
        <translation>Tîm {team}: {reach}, fel {user} ({role}) yn {database}; {n} newid yn aros i'w hanfon.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>say which account with --account</source>
        <translation>dywedwch pa gyfrif gydag --account</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{value} is not a valid value for {setting}</source>
        <translation>nid yw {value} yn werth dilys ar gyfer {setting}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Team policy {setting} is now {value}.</source>
        <translation>Mae polisi'r tîm {setting} bellach yn {value}.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>no one: its posts wait</source>
        <translation>neb: mae ei negeseuon yn aros</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{name} now publishes for {account}.</source>
        <translation>Mae {name} bellach yn cyhoeddi ar gyfer {account}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} already publishes for {account}.</source>
        <translation>Mae {name} eisoes yn cyhoeddi ar gyfer {account}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} no longer publishes for {account}.</source>
        <translation>Nid yw {name} yn cyhoeddi ar gyfer {account} mwyach.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} was not publishing for {account}.</source>
        <translation>Nid oedd {name} yn cyhoeddi ar gyfer {account}.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the post is empty; nothing was submitted</source>
        <translation>mae'r neges yn wag; chyflwynwyd dim byd</translation>
    </message>
    <message>
        <location line="+19" />
        <source>choose the team account with --account (see `crier team status`)</source>
        <translation>dewiswch gyfrif y tîm gydag --account (gweler `crier team status`)</translation>
    </message>
    <message>
        <location line="-5" />
        <source>a pair needs both a Welsh and an English text; nothing was submitted</source>
        <translation>mae pâr angen testun Cymraeg a thestun Saesneg; chyflwynwyd dim byd</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Posted without approval as submission {ids}; it is in the team outbox.</source>
        <translation>Cyhoeddwyd heb gymeradwyaeth fel cyflwyniad {ids}; mae ym Mlwch Allan y tîm.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Submitted for approval as the Welsh and English pair {ids}.</source>
        <translation>Cyflwynwyd i'w gymeradwyo fel y pâr Cymraeg a Saesneg {ids}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Submitted for approval as submission {ids}.</source>
        <translation>Cyflwynwyd i'w gymeradwyo fel cyflwyniad {ids}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved for approval on this PC; it goes to the team at the next `crier sync --once`.</source>
        <translation>Cadwyd i'w gymeradwyo ar y cyfrifiadur hwn; bydd yn mynd i'r tîm gyda'r `crier sync --once` nesaf.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>can't reach the team database at {database}; {n} changes wait here</source>
        <translation>methu cyrraedd cronfa ddata'r tîm yn {database}; mae {n} newid yn aros yma</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Team: sent {sent}, waiting to retry {waiting}, needing attention {attention}; pushed {pushed} changes.</source>
        <translation>Tîm: anfonwyd {sent}, yn aros i roi cynnig arall {waiting}, angen sylw {attention}; gwthiwyd {pushed} newid.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>the connection to the team database dropped while posting; run `crier sync --once` again</source>
        <translation>torrodd y cysylltiad â chronfa ddata'r tîm wrth gyhoeddi; rhedwch `crier sync --once` eto</translation>
    </message>
    <message>
        <location line="+47" />
        <source>{value} is not a date like 2026-12-01</source>
        <translation>nid yw {value} yn ddyddiad fel 2026-12-01</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{problem}; the audit log is only in the team database</source>
        <translation>{problem}; dim ond yng nghronfa ddata'r tîm y mae'r log archwilio</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_text.py" line="+60" />
        <source>author</source>
        <extracomment>The team roles as people read them.</extracomment>
        <translation>awdur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approver</source>
        <translation>cymeradwywr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>admin</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Team database {database} created; this PC joined as {user} ({role}).</source>
        <extracomment>What ``crier team init`` did (``team.schema.init_team``'s answer).</extracomment>
        <translation>Crëwyd cronfa ddata'r tîm {database}; mae'r cyfrifiadur hwn wedi ymuno fel {user} ({role}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team database {database} upgraded; this PC joined as {user} ({role}).</source>
        <translation>Uwchraddiwyd cronfa ddata'r tîm {database}; mae'r cyfrifiadur hwn wedi ymuno fel {user} ({role}).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team database {database} up to date; this PC joined as {user} ({role}).</source>
        <translation>Mae cronfa ddata'r tîm {database} yn gyfredol; mae'r cyfrifiadur hwn wedi ymuno fel {user} ({role}).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Jan</source>
        <extracomment>Month names as the commands write dates ("24 Dec 2026 09:00"), in the interface language.</extracomment>
        <translation>Ion</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location line="+0" />
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Sent ({n} parts)</source>
        <translation>Anfonwyd ({n} rhan)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sending part {i} of {n}</source>
        <translation>Yn anfon rhan {i} o {n}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Queued</source>
        <translation>Yn y ciw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sending…</source>
        <translation>Wrthi'n anfon…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Anfonwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancelled</source>
        <translation>Diddymwyd</translation>
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
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_outbox.py" line="+1" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Post</source>
        <translation>Neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Queued</source>
        <translation>Amser ciwio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sent</source>
        <translation>Amser anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_drafts.py" line="+1" />
        <source>Edited</source>
        <translation>Golygwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Last posted</source>
        <translation>Cyhoeddwyd ddiwethaf</translation>
    </message>
</context>
<context>
    <name>core.accounts</name>
    <message>
        <location filename="../../desktop/core/accounts.py" line="+24" />
        <source>There is no account {account}.</source>
        <translation>Does dim cyfrif {account}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed out. Connect this account again to post its queued posts.</source>
        <extracomment>An account removed while it still has posts (migration 0009 gives older rows of it these words too).</extracomment>
        <translation>Wedi allgofnodi. Cysylltwch y cyfrif hwn eto i gyhoeddi ei negeseuon sydd yn y ciw.</translation>
    </message>
    <message>
        <location line="+84" />
        <source>There is no account {ref}. `crier accounts list` shows them.</source>
        <translation>Does dim cyfrif {ref}. Mae `crier accounts list` yn eu dangos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>More than one account is called {ref}; use its number from `crier accounts list`.</source>
        <translation>Mae mwy nag un cyfrif o'r enw {ref}; defnyddiwch ei rif o `crier accounts list`.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Crier can't post to {network}.</source>
        <translation>All Crier ddim cyhoeddi i {network}.</translation>
    </message>
</context>
<context>
    <name>core.bilingual</name>
    <message>
        <location filename="../../desktop/core/bilingual.py" line="+41" />
        <source>A bilingual file has a line ---cy--- before the Welsh text and a line ---en--- before the English text (either order in the file; posted Welsh first, or English first where posting.bilingual_order is en-first).</source>
        <extracomment>The key in an account's settings JSON holding its language mode. Below this ratio of the shorter side's length to the longer's, a bilingual draft gets a warning.</extracomment>
        <translation>Mae gan ffeil ddwyieithog linell ---cy--- cyn y testun Cymraeg a llinell ---en--- cyn y testun Saesneg (yn y naill drefn neu'r llall yn y ffeil; caiff y Gymraeg ei chyhoeddi yn gyntaf, neu'r Saesneg lle mae posting.bilingual_order yn en-first).</translation>
    </message>
    <message>
        <location line="+31" />
        <source>there is text before the first ---cy--- or ---en--- line; put every line under one of them</source>
        <translation>mae testun cyn y llinell ---cy--- neu ---en--- gyntaf; rhowch bob llinell o dan un ohonyn nhw</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the file has more than one ---{language}--- line</source>
        <translation>mae gan y ffeil fwy nag un llinell ---{language}---</translation>
    </message>
    <message>
        <location line="+35" />
        <source>An account posts in cy, en or both, not {mode}.</source>
        <translation>Mae cyfrif yn cyhoeddi yn cy, en neu both, nid {mode}.</translation>
    </message>
</context>
<context>
    <name>core.checks</name>
    <message>
        <location line="+65" />
        <source>The Welsh text is empty: a bilingual post needs both languages.</source>
        <translation>Mae'r testun Cymraeg yn wag: mae angen y ddwy iaith ar neges ddwyieithog.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The English text is empty: a bilingual post needs both languages.</source>
        <translation>Mae'r testun Saesneg yn wag: mae angen y ddwy iaith ar neges ddwyieithog.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The Welsh text is much shorter than the English ({short} to {long} characters, ratio {ratio}): is something left out?</source>
        <translation>Mae'r testun Cymraeg yn llawer byrrach na'r Saesneg ({short} nod i {long}, cymhareb {ratio}): oes rhywbeth ar goll?</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The English text is much shorter than the Welsh ({short} to {long} characters, ratio {ratio}): is something left out?</source>
        <translation>Mae'r testun Saesneg yn llawer byrrach na'r Cymraeg ({short} nod i {long}, cymhareb {ratio}): oes rhywbeth ar goll?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>“{word}” looks English, in the Welsh text.</source>
        <translation>Mae “{word}” yn edrych fel Saesneg, yn y testun Cymraeg.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>“{word}” looks Welsh, in the English text.</source>
        <translation>Mae “{word}” yn edrych fel Cymraeg, yn y testun Saesneg.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/checks.py" line="+76" />
        <source>{network} {length}/{limit}{bytes}{posts}{too_long}</source>
        <translation>{network} {length}/{limit}{bytes}{posts}{too_long}</translation>
    </message>
    <message>
        <location line="+12" />
        <source> ({bytes}/{limit} bytes)</source>
        <extracomment>The parts of a count summary (marked: the window and ``crier check`` show it in the reader's language).</extracomment>
        <translation> ({bytes}/{limit} beit)</translation>
    </message>
    <message>
        <location line="+1" />
        <source> → {n} posts</source>
        <translation> → {n} neges</translation>
    </message>
    <message>
        <location line="+1" />
        <source> (too long)</source>
        <translation> (rhy hir)</translation>
    </message>
    <message>
        <location line="+48" />
        <location filename="../../desktop/core/service/submitting.py" line="+277" />
        <source>Image {n} has no description (alt text) for screen readers.</source>
        <translation>Does dim disgrifiad (testun amgen) ar gyfer darllenwyr sgrin gan ddelwedd {n}.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/posting.py" line="+195" />
        <source>A part is still too long for {network} after splitting.</source>
        <translation>Mae un rhan yn dal yn rhy hir i {network} ar ôl ei rhannu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/election.py" line="+79" />
        <source>It's the {period} pre-election period (until {until}): posts mustn't name councillors, candidates or parties. Check with your elections or communications lead.</source>
        <extracomment>Councillor in English and Welsh (Cynghorydd, with its mutations, and Cyng.); MS/MP in Welsh is AS.</extracomment>
        <translation>Mae'n gyfnod cyn etholiad {period} (tan {until}): rhaid i negeseuon beidio ag enwi cynghorwyr, ymgeiswyr na phleidiau. Holwch eich arweinydd etholiadau neu gyfathrebu.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>It's the {period} pre-election period (until {until}): avoid promoting the council's achievements or its politicians. Stick to facts residents need.</source>
        <translation>Mae'n gyfnod cyn etholiad {period} (tan {until}): peidiwch â hyrwyddo llwyddiannau'r cyngor na'i wleidyddion. Cadwch at y ffeithiau sydd eu hangen ar drigolion.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/emoji.py" line="+71" />
        <source>{count} emoji: use {most} at most. Screen readers read out the name of every one.</source>
        <translation>{count} emoji: defnyddiwch {most} ar y mwyaf. Mae darllenwyr sgrin yn darllen enw pob un yn uchel.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>An emoji in the middle of a sentence is read out by screen readers ("{name}"): write the word, or move the emoji to the end.</source>
        <translation>Mae darllenwyr sgrin yn darllen emoji yng nghanol brawddeg yn uchel ("{name}"): ysgrifennwch y gair, neu symudwch yr emoji i'r diwedd.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/hashtags.py" line="+98" />
        <source>Screen readers read #{tag} as one long word: capitalise each word so it's read as "{words}".</source>
        <translation>Mae darllenwyr sgrin yn darllen #{tag} fel un gair hir: rhowch briflythyren i bob gair fel ei fod yn cael ei ddarllen fel "{words}".</translation>
    </message>
    <message>
        <location line="+17" />
        <source>{count} hashtags: use {most} at most. More look like spam, and screen readers read every one.</source>
        <translation>{count} hashnod: defnyddiwch {most} ar y mwyaf. Mae rhagor yn edrych fel sbam, ac mae darllenwyr sgrin yn darllen pob un.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/hostility.py" line="+56" />
        <source>"{phrase}" can sound like arguing with or talking down to residents: try "{kinder}".</source>
        <translation>Gall "{phrase}" swnio fel dadlau â thrigolion neu siarad i lawr â nhw: rhowch gynnig ar "{kinder}".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"{phrase}" can sound like arguing with or talking down to residents. Keep it calm and helpful.</source>
        <translation>Gall "{phrase}" swnio fel dadlau â thrigolion neu siarad i lawr â nhw. Cadwch yn bwyllog ac yn gymwynasgar.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>This reads as hostile or blaming ({words}). A council never argues with residents: say what you need people to do, calmly.</source>
        <translation>Mae hyn yn darllen fel rhywbeth gelyniaethus neu feius ({words}). Dydy cyngor byth yn dadlau â thrigolion: dywedwch yn bwyllog beth sydd ei angen i bobl ei wneud.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/length.py" line="+31" />
        <source>Too long for {network} by 1 character: shorten it.</source>
        <translation>Rhy hir i {network} o 1 nod: byrhewch y neges.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Too long for {network} by {n} characters: shorten it.</source>
        <translation>Rhy hir i {network} o {n} nod: byrhewch y neges.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Too big for {network} by 1 byte (emoji and accents take several): shorten it.</source>
        <translation>Rhy fawr i {network} o 1 beit (mae emoji ac acenion yn cymryd sawl un): byrhewch y neges.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Too big for {network} by {n} bytes (emoji and accents take several): shorten it.</source>
        <translation>Rhy fawr i {network} o {n} beit (mae emoji ac acenion yn cymryd sawl un): byrhewch y neges.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/links.py" line="+47" />
        <source>This link isn't secure (http://): browsers warn about it. Use the https:// address.</source>
        <translation>Dydy'r ddolen hon ddim yn ddiogel (http://): mae porwyr yn rhybuddio amdani. Defnyddiwch y cyfeiriad https://.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Residents can't see where a shortened link goes, and scams use them: link to {domain} so they can see it's really the council.</source>
        <translation>Dydy trigolion ddim yn gallu gweld i ble mae dolen fyrrach yn mynd, ac mae sgamiau'n eu defnyddio: rhowch ddolen i {domain} fel eu bod yn gweld mai'r cyngor sydd yno go iawn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Residents can't see where a shortened link goes, and scams use them: link to the full address on the council's own website so they can see it's really the council.</source>
        <translation>Dydy trigolion ddim yn gallu gweld i ble mae dolen fyrrach yn mynd, ac mae sgamiau'n eu defnyddio: rhowch ddolen i'r cyfeiriad llawn ar wefan y cyngor ei hun fel eu bod yn gweld mai'r cyngor sydd yno go iawn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/personal.py" line="+82" />
        <source>This looks like a person's email address. Take it out, or give a team's address instead (such as enquiries@…). If it is the council's own published address, add it to "Contact details that may be posted" in Settings.</source>
        <extracomment>What to do about each kind, in its own words. Only an email address or a phone number can be the council's own published contact, so only those point at the allowed contact details; an identifier never does.</extracomment>
        <translation>Mae hwn yn edrych fel cyfeiriad e-bost person. Tynnwch ef allan, neu rhowch gyfeiriad tîm yn ei le (fel ymholiadau@…). Os mai cyfeiriad cyhoeddedig y cyngor ei hun yw e, ychwanegwch ef at "Manylion cyswllt y cewch eu cyhoeddi" yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This looks like a personal phone number. Take it out, or give the council's contact number instead. If it is the council's own published number, add it to "Contact details that may be posted" in Settings.</source>
        <translation>Mae hwn yn edrych fel rhif ffôn personol. Tynnwch ef allan, neu rhowch rif cyswllt y cyngor yn ei le. Os mai rhif cyhoeddedig y cyngor ei hun yw e, ychwanegwch ef at "Manylion cyswllt y cewch eu cyhoeddi" yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This looks like a National Insurance number, which identifies one person and must never be posted. Take it out.</source>
        <translation>Mae hwn yn edrych fel rhif Yswiriant Gwladol, sy'n dynodi un person a rhaid peidio byth â'i gyhoeddi. Tynnwch ef allan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This looks like a vehicle registration, which can identify its owner. Take it out, or describe the vehicle instead (such as "a white van").</source>
        <translation>Mae hwn yn edrych fel rhif cofrestru cerbyd, a all ddynodi ei berchennog. Tynnwch ef allan, neu disgrifiwch y cerbyd yn ei le (fel "fan wen").</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/profanity.py" line="+96" />
        <source>Swearing (even disguised) has no place on a council account: take it out.</source>
        <translation>Does dim lle i regi (hyd yn oed wedi'i guddio) ar gyfrif cyngor: tynnwch ef allan.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/readability.py" line="+147" />
        <source>Reading age over {age}: aim for {target} or under. Shorter sentences and everyday words help (this sentence is the hardest).</source>
        <extracomment>How far above the target the age can go before the finding is a warning rather than a note. Beyond this the formula's number means nothing to a reader ("reading age 31"), so it says "over 18". Spellings only Welsh has: a word starting dd, ff, ngh, mh, nh (mutations), or ending -wch (an imperative: defnyddiwch, dysgwch) or -ydd (newydd, arwydd).</extracomment>
        <translation>Oed darllen dros {age}: anelwch at {target} neu lai. Mae brawddegau byrrach a geiriau bob dydd yn helpu (y frawddeg hon yw'r anoddaf).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reading age about {age}: aim for {target} or under. Shorter sentences and everyday words help (this sentence is the hardest).</source>
        <translation>Oed darllen tua {age}: anelwch at {target} neu lai. Mae brawddegau byrrach a geiriau bob dydd yn helpu (y frawddeg hon yw'r anoddaf).</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/style.py" line="+151" />
        <source>Capitals read as shouting, and screen readers may spell them out letter by letter: write it in lower case.</source>
        <extracomment>Words of this many letters count towards a shouted run ("PLEASE DO NOT": PLEASE and NOT). Words that belong to a council's name next to a place: "POWYS COUNTY COUNCIL" → "Powys County Council".</extracomment>
        <translation>Mae priflythrennau'n darllen fel gweiddi, a gall darllenwyr sgrin eu sillafu fesul llythyren: ysgrifennwch mewn llythrennau bach.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>"{mark}" reads as over-excited or cross: use one mark at most.</source>
        <translation>Mae "{mark}" yn darllen fel gor-gyffro neu dymer: defnyddiwch un nod ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>More than one exclamation mark in a post reads as over-excited: keep one at most.</source>
        <translation>Mae mwy nag un ebychnod mewn neges yn darllen fel gor-gyffro: cadwch at un ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>This sentence is {words} words long: keep sentences to {most} words or fewer so they are easy to follow on a phone.</source>
        <translation>Mae'r frawddeg hon yn {words} gair o hyd: cadwch frawddegau i {most} gair neu lai fel eu bod yn hawdd eu dilyn ar ffôn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/wording.py" line="+73" />
        <source>"{word}" is jargon: "{suggestion}" is plainer.</source>
        <translation>Jargon yw "{word}": mae "{suggestion}" yn symlach.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"{word}" is formal Welsh: "{suggestion}" is plainer.</source>
        <translation>Mae "{word}" yn Gymraeg ffurfiol: mae "{suggestion}" yn symlach.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>"{word}" is dated or can exclude people: say "{suggestion}".</source>
        <translation>Mae "{word}" yn hen ffasiwn neu gall gau pobl allan: dywedwch "{suggestion}".</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"{word}" is on your organisation's list of words to avoid: use "{suggestion}" instead.</source>
        <translation>Mae "{word}" ar restr eich sefydliad o eiriau i'w hosgoi: defnyddiwch "{suggestion}" yn ei le.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"{word}" is on your organisation's list of words to avoid.</source>
        <translation>Mae "{word}" ar restr eich sefydliad o eiriau i'w hosgoi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>House style is "{suggestion}", not "{word}".</source>
        <translation>Arddull y sefydliad yw "{suggestion}", nid "{word}".</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Placeholder left in: fill in "{text}" before posting.</source>
        <translation>Dalfan ar ôl yn y testun: llenwch "{text}" cyn cyhoeddi.</translation>
    </message>
</context>
<context>
    <name>core.connect</name>
    <message>
        <location filename="../../desktop/core/connect.py" line="+52" />
        <source>Crier needs your council's X app client ID to sign in with the browser. Ask IT to set it by policy, or enter it in Settings; or connect with the four keys instead.</source>
        <translation>Mae Crier angen ID cleient ap X eich cyngor i fewngofnodi gyda'r porwr. Gofynnwch i TG ei osod drwy bolisi, neu ei roi yn y Gosodiadau; neu cysylltwch gyda'r pedair allwedd yn lle hynny.</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Crier can't connect {form} accounts.</source>
        <translation>All Crier ddim cysylltu cyfrifon {form}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Fill in: {fields}.</source>
        <translation>Llenwch: {fields}.</translation>
    </message>
</context>
<context>
    <name>core.credentials</name>
    <message>
        <location filename="../../desktop/core/credential_words.py" line="+12" />
        <source>such as Windows Credential Manager, macOS Keychain or GNOME Keyring</source>
        <translation>fel Windows Credential Manager, macOS Keychain neu GNOME Keyring</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the system credential store</source>
        <translation>storfa manylion mewngofnodi'r system</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Credentials are stored in {store}.</source>
        <translation>Caiff manylion mewngofnodi eu cadw yn {store}.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Credentials are stored securely.</source>
        <translation>Caiff manylion mewngofnodi eu cadw'n ddiogel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This {label} is too long to store: Crier can keep credentials of up to {limit} characters (the most Windows Credential Manager allows) and this one has {length}. Check that you copied only the {label}, with nothing extra, and try again.</source>
        <translation>Mae'r {label} hwn yn rhy hir i'w gadw: gall Crier gadw manylion mewngofnodi o hyd at {limit} nod (yr uchafswm y mae Windows Credential Manager yn ei ganiatáu) ac mae gan hwn {length}. Gwiriwch mai dim ond y {label} a gopïwyd gennych, heb ddim byd ychwanegol, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>there is no secure credential store ({stores}) for it to use</source>
        <translation>does dim storfa ddiogel ar gyfer manylion mewngofnodi ({stores}) iddo ei defnyddio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>your keyring ({store}, where passwords are kept) is locked or couldn't be opened</source>
        <translation>mae eich cylch allweddi ({store}, lle caiff cyfrineiriau eu cadw) wedi'i gloi neu doedd dim modd ei agor</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Windows Credential Manager has no sign-in session for it (Windows error 1312), which happens when Crier is started as a service or with 'Run as'</source>
        <translation>does gan Windows Credential Manager ddim sesiwn fewngofnodi ar ei gyfer (gwall Windows 1312), sy'n digwydd pan gaiff Crier ei gychwyn fel gwasanaeth neu gyda 'Run as'</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Windows Credential Manager rejected the data (Windows error 1783)</source>
        <translation>gwrthododd Windows Credential Manager y data (gwall Windows 1783)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{store} reported a system error ({error})</source>
        <translation>adroddodd {store} wall system ({error})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{store} reported a problem</source>
        <translation>adroddodd {store} broblem</translation>
    </message>
    <message>
        <location line="+1" />
        <source>secure credential storage has been switched off for your account</source>
        <translation>mae storio diogel ar gyfer manylion mewngofnodi wedi'i ddiffodd ar gyfer eich cyfrif</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the only credential storage set up for your account keeps passwords in an encrypted file, which your organisation has not allowed</source>
        <translation>mae'r unig storfa manylion mewngofnodi a sefydlwyd ar gyfer eich cyfrif yn cadw cyfrineiriau mewn ffeil wedi'i hamgryptio, a dydy eich sefydliad ddim wedi caniatáu hynny</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the only credential storage set up for your account keeps passwords in an ordinary file</source>
        <translation>mae'r unig storfa manylion mewngofnodi a sefydlwyd ar gyfer eich cyfrif yn cadw cyfrineiriau mewn ffeil gyffredin</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the credential store failed unexpectedly</source>
        <translation>methodd y storfa manylion mewngofnodi yn annisgwyl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the keyring setting on this computer names a credential store that can't be loaded</source>
        <translation>mae gosodiad y cylch allweddi ar y cyfrifiadur hwn yn enwi storfa manylion mewngofnodi na ellir ei llwytho</translation>
    </message>
    <message>
        <location line="+5" />
        <source>ask IT to set one up for your account</source>
        <translation>gofynnwch i TG sefydlu un ar gyfer eich cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>unlock it and try again, or ask IT to make it unlock when you sign in</source>
        <translation>datgloi'r cylch a rhoi cynnig arall arni, neu ofyn i TG wneud iddo ddatgloi pan fyddwch yn mewngofnodi</translation>
    </message>
    <message>
        <location line="+3" />
        <source>start Crier from your own sign-in, or ask IT to check Credential Manager works for your account</source>
        <translation>cychwynnwch Crier o'ch mewngofnod eich hun, neu gofynnwch i TG wirio bod Credential Manager yn gweithio i'ch cyfrif</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ask IT to check Credential Manager for your account</source>
        <translation>gofynnwch i TG wirio Credential Manager ar gyfer eich cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ask IT to check the credential store for your account</source>
        <translation>gofynnwch i TG wirio'r storfa manylion mewngofnodi ar gyfer eich cyfrif</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to check that {store} is working for your account</source>
        <translation>gofynnwch i TG wirio bod {store} yn gweithio i'ch cyfrif</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to switch it back on (the keyring is set to its 'null' backend)</source>
        <translation>gofynnwch i TG ei droi'n ôl ymlaen (mae'r cylch allweddi wedi'i osod i'w ôl-wyneb 'null')</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to set up a secure credential store ({stores}) or to allow the encrypted file</source>
        <translation>gofynnwch i TG sefydlu storfa ddiogel ar gyfer manylion mewngofnodi ({stores}) neu ganiatáu'r ffeil wedi'i hamgryptio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ask IT to set up a secure credential store ({stores})</source>
        <translation>gofynnwch i TG sefydlu storfa ddiogel ar gyfer manylion mewngofnodi ({stores})</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ask IT to check the credential store</source>
        <translation>gofynnwch i TG wirio'r storfa manylion mewngofnodi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ask IT to check the keyring configuration (PYTHON_KEYRING_BACKEND or keyringrc.cfg)</source>
        <translation>gofynnwch i TG wirio ffurfweddiad y cylch allweddi (PYTHON_KEYRING_BACKEND neu keyringrc.cfg)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Crier can't store credentials on this computer because {because}. Drafting still works; {todo}.</source>
        <translation>All Crier ddim cadw manylion mewngofnodi ar y cyfrifiadur hwn oherwydd {because}. Mae drafftio'n dal i weithio; {todo}.</translation>
    </message>
</context>
<context>
    <name>core.db</name>
    <message>
        <location filename="../../desktop/core/db.py" line="+133" />
        <source>The --database-url value is not a database URL; give {examples}.</source>
        <extracomment>The newest schema this build knows; a test checks it matches the migrations' head. How long a connection waits for another's lock before giving up with "in use by another program". The only SQLite result codes that say anything about the file itself. The command line's exit status for it: 1, a problem to look into; 2, bad input.</extracomment>
        <translation>Nid URL cronfa ddata yw gwerth --database-url; rhowch {examples}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Crier can't use a {backend} database; give {examples}.</source>
        <translation>All Crier ddim defnyddio cronfa ddata {backend}; rhowch {examples}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Crier doesn't know the database driver {driver}; give {examples}.</source>
        <translation>Dydy Crier ddim yn adnabod y gyrrwr cronfa ddata {driver}; rhowch {examples}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database driver {driver} is not installed; give {examples}.</source>
        <translation>Dydy'r gyrrwr cronfa ddata {driver} ddim wedi'i osod; rhowch {examples}.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Your drafts database could not be read, so Crier started a new, empty one. The damaged file is kept at {aside} — nothing was deleted. Contact IT if you need drafts recovered from it.</source>
        <translation>Doedd dim modd darllen cronfa ddata eich drafftiau, felly dechreuodd Crier un newydd, wag. Caiff y ffeil sydd wedi'i difrodi ei chadw yn {aside} — chafodd dim byd ei ddileu. Cysylltwch â TG os oes angen adfer drafftiau ohoni.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your drafts database could not be read, so Crier restored your latest backup, from {when}. Changes made after that may be missing. The damaged file is kept at {aside} — nothing was deleted.</source>
        <translation>Doedd dim modd darllen cronfa ddata eich drafftiau, felly adferodd Crier eich copi wrth gefn diweddaraf, o {when}. Efallai y bydd newidiadau a wnaed ar ôl hynny ar goll. Caiff y ffeil sydd wedi'i difrodi ei chadw yn {aside} — chafodd dim byd ei ddileu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{name} is damaged; Crier left it exactly as it is — ask IT to restore it from a backup.</source>
        <translation>Mae {name} wedi'i difrodi; gadawodd Crier hi'n union fel y mae — gofynnwch i TG ei hadfer o gopi wrth gefn.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>{name} can't be written because the disk is full; free some space and try again.</source>
        <translation>Does dim modd ysgrifennu at {name} oherwydd bod y ddisg yn llawn; rhyddhewch rywfaint o le a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} can't be used ({why}); nothing was moved or deleted.</source>
        <translation>Does dim modd defnyddio {name} ({why}); chafodd dim byd ei symud na'i ddileu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} is in use by another program and stayed locked for {seconds} seconds; close other copies of Crier and try again (nothing was moved or deleted).</source>
        <translation>Mae {name} yn cael ei defnyddio gan raglen arall ac arhosodd ar glo am {seconds} eiliad; caewch gopïau eraill o Crier a rhoi cynnig arall arni (chafodd dim byd ei symud na'i ddileu).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{name} or its folder is read-only, so Crier can't save; ask IT to check its permissions.</source>
        <translation>Mae {name} neu ei ffolder yn ddarllen-yn-unig, felly all Crier ddim cadw; gofynnwch i TG wirio ei chaniatâd.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{name} can't be opened; check that you may read and write it and its folder.</source>
        <translation>Does dim modd agor {name}; gwiriwch fod gennych hawl i'w darllen a'i hysgrifennu hi a'i ffolder.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} couldn't be read or written because the disk reported an error; nothing was moved or deleted — try again, and tell IT if it keeps happening.</source>
        <translation>Doedd dim modd darllen nac ysgrifennu {name} oherwydd i'r ddisg adrodd gwall; chafodd dim byd ei symud na'i ddileu — rhowch gynnig arall arni, a dywedwch wrth TG os yw'n dal i ddigwydd.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{name} reported a problem ({error}); nothing was moved or deleted.</source>
        <translation>Adroddodd {name} broblem ({error}); chafodd dim byd ei symud na'i ddileu.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The drafts database</source>
        <translation>cronfa ddata'r drafftiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The drafts database {path}</source>
        <translation>cronfa ddata'r drafftiau {path}</translation>
    </message>
    <message>
        <location line="+39" />
        <source>This drafts database was last used by a newer version of Crier, so this version can't open it safely. Install the newer version of Crier (ask IT), then start it again. Your drafts are unchanged.</source>
        <translation>Cafodd y gronfa ddata drafftiau hon ei defnyddio ddiwethaf gan fersiwn mwy newydd o Crier, felly all y fersiwn hwn ddim ei hagor yn ddiogel. Gosodwch y fersiwn mwy newydd o Crier (gofynnwch i TG), yna ei gychwyn eto. Mae eich drafftiau heb eu newid.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>{path} is not a Crier database.</source>
        <translation>Nid cronfa ddata Crier yw {path}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{path} is a folder, not a Crier database; give the path of a database file.</source>
        <translation>Ffolder yw {path}, nid cronfa ddata Crier; rhowch lwybr ffeil cronfa ddata.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The folder {folder} does not exist; Crier creates only the database file, in a folder that exists.</source>
        <translation>Dydy'r ffolder {folder} ddim yn bodoli; dim ond ffeil y gronfa ddata y mae Crier yn ei chreu, mewn ffolder sy'n bodoli.</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Crier can't connect to the database server at {host}; check the address and the user name, and that the server is running.</source>
        <translation>All Crier ddim cysylltu â'r gweinydd cronfa ddata yn {host}; gwiriwch y cyfeiriad a'r enw defnyddiwr, a bod y gweinydd yn rhedeg.</translation>
    </message>
</context>
<context>
    <name>core.facebook</name>
    <message>
        <location filename="../../desktop/core/networks/facebook/api.py" line="+78" />
        <source>It's not certain whether this post went out: check the Page, then Retry or Cancel.</source>
        <extracomment>Graph ids: a Page, photo or user is digits; a Page post or a comment is "&lt;digits&gt;_&lt;digits&gt;". v25.0 is available until July 2028; v21.0 ends in January 2027. Facebook's own landing page for desktop apps that can't listen on 127.0.0.1. Where Facebook's login dialog is; by default the API override when that points at this computer. Allowance for Facebook's clock and this computer's disagreeing after the measured difference. How far back the first feed read reaches before the clock difference is known. A user token that lasts less than this is short-lived: the Page tokens made from it expire with it.</extracomment>
        <translation>Dydy hi ddim yn sicr a aeth y neges hon allan: edrychwch ar y Dudalen, yna dewiswch Ailgynnig neu Diddymu.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the Page</source>
        <translation>y Dudalen</translation>
    </message>
    <message>
        <location line="+170" />
        <source> because the access has expired</source>
        <translation> oherwydd bod y mynediad wedi dod i ben</translation>
    </message>
    <message>
        <location line="+1" />
        <source> because the Facebook password was changed</source>
        <translation> oherwydd bod cyfrinair Facebook wedi'i newid</translation>
    </message>
    <message>
        <location line="+1" />
        <source> because Crier's app was removed from the account</source>
        <translation> oherwydd bod ap Crier wedi'i dynnu oddi ar y cyfrif</translation>
    </message>
    <message>
        <location line="+1" />
        <source> because the access is no longer valid</source>
        <translation> oherwydd nad yw'r mynediad yn ddilys mwyach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Facebook no longer accepts Crier's access to {page}{why}. Connect the Page again in Accounts; its posts will wait until then.</source>
        <translation>Nid yw Facebook yn derbyn mynediad Crier i {page} mwyach{why}. Cysylltwch y Dudalen eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Facebook's limit on how much Crier can do with {page} has been reached.</source>
        <translation>Cyrhaeddwyd terfyn Facebook ar faint y gall Crier ei wneud gyda {page}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Facebook blocked this: {said} Check the post against Facebook's rules, change it if needed, then send it again.</source>
        <translation>Rhwystrodd Facebook hyn: {said} Gwiriwch y neges yn erbyn rheolau Facebook, newidiwch hi os oes angen, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>it goes against its rules.</source>
        <translation>mae'n mynd yn groes i'w reolau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facebook didn't allow Crier to do this on {page}: {said} Ask a Page admin to check that you can create content on the Page, then connect it again.</source>
        <translation>Ni chaniataodd Facebook i Crier wneud hyn ar {page}: {said} Gofynnwch i weinyddwr Tudalen wirio y gallwch greu cynnwys ar y Dudalen, yna cysylltwch hi eto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>permission is missing.</source>
        <translation>mae caniatâd ar goll.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facebook no longer has the photos uploaded for this post (unposted photos expire). Cancel the post, then post the draft again.</source>
        <translation>Nid oes gan Facebook y lluniau a lwythwyd i fyny ar gyfer y neges hon mwyach (mae lluniau heb eu cyhoeddi yn dod i ben). Diddymwch y neges, yna cyhoeddwch y drafft eto.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Facebook can't find {page}, or Crier's access to it was removed. Check the Page still exists, then connect it again in Accounts.</source>
        <translation>Ni all Facebook ddod o hyd i {page}, neu cafodd mynediad Crier iddi ei dynnu. Gwiriwch fod y Dudalen yn dal i fodoli, yna cysylltwch hi eto yn Cyfrifon.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Facebook refused this post: {said} Edit it, then send it again.</source>
        <translation>Gwrthododd Facebook y neges hon: {said} Golygwch hi, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>something in it is not accepted.</source>
        <translation>nid yw rhywbeth ynddi'n cael ei dderbyn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Facebook had a problem on its side ({status}). Crier will try again shortly.</source>
        <translation>Cafodd Facebook broblem ar ei ochr ei hun ({status}). Bydd Crier yn rhoi cynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Facebook answered in a way Crier didn't expect (error {code}). Facebook said: {said} Try again; if it keeps happening, send the log file to IT.</source>
        <translation>Atebodd Facebook mewn ffordd nad oedd Crier yn ei disgwyl (gwall {code}). Dywedodd Facebook: {said} Rhowch gynnig arall arni; os yw'n dal i ddigwydd, anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nothing more.</source>
        <translation>dim byd arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/publisher.py" line="+111" />
        <source>Crier has no saved access to the Facebook Page {page}. Connect it again in Accounts; its posts will wait until then.</source>
        <translation>Does gan Crier ddim mynediad wedi'i gadw i Dudalen Facebook {page}. Cysylltwch hi eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Crier's access to {page} ended at {when}. Connect the Page again in Accounts; its posts will wait until then.</source>
        <translation>Daeth mynediad Crier i {page} i ben am {when}. Cysylltwch y Dudalen eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The saved access is no longer for {page}. Connect the Page again in Accounts.</source>
        <extracomment>Parts whose earlier attempt was uncertain, met by find_landed in this run (see the docstring). Parts whose search saw the same text as another post of the outbox (a repeat made on purpose).</extracomment>
        <translation>Nid yw'r mynediad a gadwyd ar gyfer {page} mwyach. Cysylltwch y Dudalen eto yn Cyfrifon.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The image {name} is {size} MB; Facebook takes photos up to {most} MB. Use a smaller copy, then send again.</source>
        <translation>Mae'r ddelwedd {name} yn {size} MB; mae Facebook yn derbyn lluniau hyd at {most} MB. Defnyddiwch gopi llai, yna anfonwch eto.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Facebook took the photo but didn't say how to refer to it. Crier will try again.</source>
        <translation>Derbyniodd Facebook y llun ond ni ddywedodd sut i gyfeirio ato. Bydd Crier yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The start of this post is on the Page but Crier doesn't know which post it is, so the rest can't be added under it. Add the rest by hand on Facebook, then Cancel this post.</source>
        <translation>Mae dechrau'r neges hon ar y Dudalen ond nid yw Crier yn gwybod pa neges yw hi, felly ni ellir ychwanegu'r gweddill oddi tani. Ychwanegwch y gweddill â llaw ar Facebook, yna Diddymwch y neges hon.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Facebook answered without saying which post it made. Crier will check and try again.</source>
        <translation>Atebodd Facebook heb ddweud pa neges a wnaeth. Bydd Crier yn gwirio ac yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+40" />
        <source>{problem} Crier will check whether the post already went out before sending it again.</source>
        <translation>{problem} Bydd Crier yn gwirio a aeth y neges allan eisoes cyn ei hanfon eto.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Facebook refused this post because {page} posted the same text very recently. Change the text, or Cancel this post if the earlier one is the one you wanted.</source>
        <translation>Gwrthododd Facebook y neges hon oherwydd bod {page} wedi cyhoeddi'r un testun yn ddiweddar iawn. Newidiwch y testun, neu Diddymwch y neges hon os mai'r un gynharach yw'r un yr oeddech ei heisiau.</translation>
    </message>
</context>
<context>
    <name>core.mastodon</name>
    <message>
        <location filename="../../desktop/core/networks/mastodon/publisher.py" line="+118" />
        <source>Crier can't use the server address saved for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation>Ni all Crier ddefnyddio'r cyfeiriad gweinydd a gadwyd ar gyfer {handle}. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Crier has no access token for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation>Does gan Crier ddim tocyn mynediad ar gyfer {handle}. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+184" />
        <source>Crier couldn't prepare this for {host}. Send the log file to IT.</source>
        <translation>Ni allai Crier baratoi hyn ar gyfer {host}. Anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The Mastodon server {host} is limiting how much {handle} can do for now.</source>
        <translation>Mae'r gweinydd Mastodon {host} yn cyfyngu ar faint y gall {handle} ei wneud am y tro.</translation>
    </message>
    <message>
        <location line="+14" />
        <source> {host} said: {said}</source>
        <translation> Dywedodd {host}: {said}</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The Mastodon server {host} no longer accepts Crier's access for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation>Nid yw'r gweinydd Mastodon {host} yn derbyn mynediad Crier ar gyfer {handle} mwyach. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>read its posts (to check what was already sent)</source>
        <translation>ddarllen ei negeseuon (i wirio beth a anfonwyd eisoes)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>post for it</source>
        <translation>gyhoeddi ar ei ran</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The access Crier has for {handle} doesn't let it {what}. Connect the account again in Accounts and allow everything Crier asks for.</source>
        <translation>Nid yw'r mynediad sydd gan Crier ar gyfer {handle} yn gadael iddo {what}. Cysylltwch y cyfrif eto yn Cyfrifon a chaniatáu popeth y mae Crier yn gofyn amdano.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The Mastodon server {host} is still getting the images ready. Crier will try again shortly.</source>
        <translation>Mae'r gweinydd Mastodon {host} yn dal i baratoi'r delweddau. Bydd Crier yn rhoi cynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Mastodon server {host} no longer has the images uploaded for this post (they expire if a post waits too long). Cancel this post and post the draft again.</source>
        <translation>Nid oes gan y gweinydd Mastodon {host} y delweddau a lwythwyd i fyny ar gyfer y neges hon mwyach (maen nhw'n dod i ben os yw neges yn aros yn rhy hir). Diddymwch y neges hon a chyhoeddi'r drafft eto.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The Mastodon server {host} refused this{about}.{told} Edit it, then send it again.</source>
        <translation>Gwrthododd y gweinydd Mastodon {host} hyn{about}.{told} Golygwch hi, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source> It gave no reason.</source>
        <translation> Ni roddodd reswm.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Mastodon server {host} refused {name} because it is too large. Use a smaller image, then send it again.</source>
        <translation>Gwrthododd y gweinydd Mastodon {host} {name} oherwydd ei bod yn rhy fawr. Defnyddiwch ddelwedd lai, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Mastodon server {host} refused this because it is too large. Use a smaller image, then send it again.</source>
        <translation>Gwrthododd y gweinydd Mastodon {host} hyn oherwydd ei fod yn rhy fawr. Defnyddiwch ddelwedd lai, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>An earlier attempt already posted this on {host}, and it has since been deleted there, so Crier won't post it again. To post it anyway, send the draft again.</source>
        <translation>Cyhoeddodd ymgais gynharach hyn ar {host} eisoes, ac mae wedi'i dileu yno ers hynny, felly ni fydd Crier yn ei chyhoeddi eto. I'w chyhoeddi beth bynnag, anfonwch y drafft eto.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The post this part replies to is no longer on {host} (it may have been deleted), so the thread can't continue. Post the rest from Mastodon, then mark this post as done.</source>
        <translation>Nid yw'r neges y mae'r rhan hon yn ei hateb ar {host} mwyach (efallai ei bod wedi'i dileu), felly ni all yr edefyn barhau. Cyhoeddwch y gweddill o Mastodon, yna marciwch y neges hon fel un wedi'i gwneud.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The Mastodon server {host}</source>
        <translation>Y gweinydd Mastodon {host}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The Mastodon server {host} didn't allow this ({status}).{told} Check the post and the account, then send it again.</source>
        <translation>Ni chaniataodd y gweinydd Mastodon {host} hyn ({status}).{told} Gwiriwch y neges a'r cyfrif, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The server at {host} answered with something that isn't a Mastodon answer (a Wi-Fi or proxy sign-in page can do this). Crier will try again shortly.</source>
        <translation>Atebodd y gweinydd yn {host} gyda rhywbeth nad yw'n ateb Mastodon (gall tudalen mewngofnodi Wi-Fi neu ddirprwy wneud hyn). Bydd Crier yn rhoi cynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/api.py" line="+85" />
        <source>“{address}” is not a web address. Type it like mastodon.social.</source>
        <extracomment>What Crier asks for: read the account and its posts (to check what landed), post, upload images. (connect, read) seconds; Mastodon.py passes its own timeout on every request, so it is set here. Mastodon keeps an Idempotency-Key for an hour; trust it for less, for clocks and slow requests. How far before the post was queued the account's statuses are searched, for clocks that disagree.</extracomment>
        <translation>Nid yw “{address}” yn gyfeiriad gwe. Teipiwch ef fel mastodon.social.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Type the address of your Mastodon server, like mastodon.social.</source>
        <translation>Teipiwch gyfeiriad eich gweinydd Mastodon, fel mastodon.social.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Crier can't use “{address}” as a Mastodon server address. Type it like mastodon.social or https://social.example.gov.uk.</source>
        <translation>Ni all Crier ddefnyddio “{address}” fel cyfeiriad gweinydd Mastodon. Teipiwch ef fel mastodon.social neu https://social.example.gov.uk.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The address for {host} must start with https:// so the sign-in can't be read on the way. Type it without http://, or with https://.</source>
        <translation>Rhaid i'r cyfeiriad ar gyfer {host} ddechrau gyda https:// fel na ellir darllen y mewngofnodi ar y ffordd. Teipiwch ef heb http://, neu gyda https://.</translation>
    </message>
</context>
<context>
    <name>core.net</name>
    <message>
        <location filename="../../desktop/core/net/problems.py" line="+20" />
        <source>Your organisation's proxy asked for a sign-in (407). Ask IT for the proxy settings, or set them in Settings → Network.</source>
        <translation>Mae dirprwy (proxy) eich sefydliad wedi gofyn i chi fewngofnodi (407). Gofynnwch i TG am osodiadau'r dirprwy, neu eu gosod yn Gosodiadau → Rhwydwaith.</translation>
    </message>
    <message>
        <location line="+143" />
        <source>{where} sent an answer far larger than expected, so Crier stopped reading it. This is usually a fault on that server or on the network; Crier will try again later.</source>
        <extracomment>Failures that happen before a request can leave this computer: retrying such a write can't double it.</extracomment>
        <translation>Anfonodd {where} ateb llawer mwy na'r disgwyl, felly rhoddodd Crier y gorau i'w ddarllen. Nam ar y gweinydd hwnnw neu ar y rhwydwaith yw hyn fel arfer; bydd Crier yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{where} took too long to finish its answer. The connection may be slow or busy; Crier will try again later.</source>
        <translation>Cymerodd {where} ormod o amser i orffen ei ateb. Efallai fod y cysylltiad yn araf neu'n brysur; bydd Crier yn rhoi cynnig arall arni yn nes ymlaen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't confirm it was really talking to {where}: the security certificate wasn't trusted. On a council network this usually means the organisation's proxy checks secure traffic with its own certificate, which this computer doesn't trust yet. Ask IT to install the organisation's certificates, or choose their certificate file in Settings → Network.</source>
        <translation>Doedd Crier ddim yn gallu cadarnhau ei fod yn siarad â {where} go iawn: doedd y dystysgrif ddiogelwch ddim yn cael ei thrystio. Ar rwydwaith cyngor mae hyn fel arfer yn golygu bod dirprwy'r sefydliad yn gwirio traffig diogel gyda'i dystysgrif ei hun, nad yw'r cyfrifiadur hwn yn ei thrystio eto. Gofynnwch i TG osod tystysgrifau'r sefydliad, neu ddewis eu ffeil dystysgrif yn Gosodiadau → Rhwydwaith.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't set up a secure connection to {where}. If this keeps happening on the council network, ask IT whether the organisation's proxy allows this site.</source>
        <translation>Doedd Crier ddim yn gallu sefydlu cysylltiad diogel â {where}. Os yw hyn yn dal i ddigwydd ar rwydwaith y cyngor, gofynnwch i TG a yw dirprwy'r sefydliad yn caniatáu'r wefan hon.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Crier couldn't reach your organisation's proxy. If you're away from the office network, check the proxy setting in Settings → Network (try 'use this computer's settings'); otherwise ask IT whether the proxy address has changed.</source>
        <translation>Doedd Crier ddim yn gallu cyrraedd dirprwy eich sefydliad. Os ydych chi oddi ar rwydwaith y swyddfa, gwiriwch osodiad y dirprwy yn Gosodiadau → Rhwydwaith (rhowch gynnig ar 'defnyddio gosodiadau'r cyfrifiadur hwn'); fel arall gofynnwch i TG a yw cyfeiriad y dirprwy wedi newid.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Crier couldn't connect to {where}. Check that this computer is connected to the internet, then try again.</source>
        <translation>Doedd Crier ddim yn gallu cysylltu â {where}. Gwiriwch fod y cyfrifiadur hwn wedi'i gysylltu â'r rhyngrwyd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{where} took too long to answer. The connection may be slow or busy; try again in a few minutes.</source>
        <translation>Cymerodd {where} ormod o amser i ateb. Efallai fod y cysylltiad yn araf neu'n brysur; rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the server</source>
        <translation>y gweinydd</translation>
    </message>
    <message>
        <location line="+19" />
        <source>{where} sent Crier on to another address ({target}) instead of answering. Crier never follows a redirect with a post or a sign-in, so nothing was sent there. If it keeps happening, ask IT whether something on the network is redirecting traffic.</source>
        <translation>Anfonodd {where} Crier ymlaen i gyfeiriad arall ({target}) yn lle ateb. Dydy Crier byth yn dilyn ailgyfeiriad gyda neges neu fewngofnod, felly chafodd dim byd ei anfon yno. Os yw'n dal i ddigwydd, gofynnwch i TG a oes rhywbeth ar y rhwydwaith yn ailgyfeirio traffig.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Your organisation's proxy blocked the connection to {where} (403). Ask IT to allow {where} for Crier.</source>
        <translation>Rhwystrodd dirprwy eich sefydliad y cysylltiad â {where} (403). Gofynnwch i TG ganiatáu {where} ar gyfer Crier.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your organisation's proxy couldn't reach {where} ({status}). The site or the connection may be down; try again in a few minutes.</source>
        <translation>Doedd dirprwy eich sefydliad ddim yn gallu cyrraedd {where} ({status}). Efallai fod y wefan neu'r cysylltiad i lawr; rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your organisation's proxy refused the connection to {where} ({status}). Ask IT to check the proxy settings for Crier.</source>
        <translation>Gwrthododd dirprwy eich sefydliad y cysylltiad â {where} ({status}). Gofynnwch i TG wirio gosodiadau'r dirprwy ar gyfer Crier.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Something went wrong while talking to {where}. Try again; if it keeps happening, send the log file to IT.</source>
        <translation>Aeth rhywbeth o'i le wrth siarad â {where}. Rhowch gynnig arall arni; os yw'n dal i ddigwydd, anfonwch y ffeil log at TG.</translation>
    </message>
</context>
<context>
    <name>core.networks</name>
    <message>
        <location filename="../../desktop/core/networks/bluesky/descriptor.py" line="+21" />
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use an app password, never the account's main password: in Bluesky open Settings → Privacy and security → App passwords, add one for Crier and paste it here (it looks like xxxx-xxxx-xxxx-xxxx).</source>
        <translation>Defnyddiwch gyfrinair ap, byth prif gyfrinair y cyfrif: yn Bluesky agorwch Settings → Privacy and security → App passwords, ychwanegwch un ar gyfer Crier a'i ludo yma (mae'n edrych fel xxxx-xxxx-xxxx-xxxx).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Handle</source>
        <translation>Dolen enw (handle)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. yourcouncil.bsky.social</source>
        <translation>e.e. eichcyngor.bsky.social</translation>
    </message>
    <message>
        <location line="+2" />
        <source>App password</source>
        <translation>Cyfrinair ap</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop/core/networks/mastodon/descriptor.py" line="+30" />
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>leave empty for bsky.social</source>
        <translation>gadewch yn wag ar gyfer bsky.social</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/descriptor.py" line="+23" />
        <source>Facebook Page</source>
        <translation>Tudalen Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste a Page access token for the council's Page (from Meta Business Suite or the Graph API Explorer with the council's app; a long-lived or system-user token keeps working unattended).</source>
        <translation>Gludwch docyn mynediad Tudalen ar gyfer Tudalen y cyngor (o Meta Business Suite neu Graph API Explorer gydag ap y cyngor; mae tocyn hirhoedlog neu docyn defnyddiwr system yn dal i weithio heb neb wrth law).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Page ID</source>
        <translation>ID y Dudalen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>optional when the token is the Page's own</source>
        <translation>dewisol pan mai tocyn y Dudalen ei hun yw'r tocyn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page access token</source>
        <translation>Tocyn mynediad y Dudalen</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/descriptor.py" line="-9" />
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On your Mastodon server open Preferences → Development → New application, allow read and write, and paste the access token here.</source>
        <translation>Ar eich gweinydd Mastodon agorwch Preferences → Development → New application, caniatewch read a write, a gludwch y tocyn mynediad yma.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>e.g. mastodon.social or social.yourcouncil.gov.uk</source>
        <translation>e.e. mastodon.social neu social.eichcyngor.gov.uk</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop/core/networks/x/descriptor.py" line="+42" />
        <source>Access token</source>
        <translation>Tocyn mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/descriptor.py" line="-19" />
        <source>X (sign in with the browser)</source>
        <translation>X (mewngofnodi â'r porwr)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your browser opens X's sign-in page. Sign in as the council's account and choose Authorize app; Crier then finishes by itself. The app is your council's own X developer app.</source>
        <translation>Mae eich porwr yn agor tudalen mewngofnodi X. Mewngofnodwch fel cyfrif y cyngor a dewiswch Authorize app; yna mae Crier yn gorffen ar ei ben ei hun. Ap datblygwr X eich cyngor ei hun yw'r ap.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>X (paste the app's keys)</source>
        <translation>X (gludo allweddi'r ap)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>From the council's X developer app (Keys and tokens), paste the API key and secret and the access token and secret made for the account.</source>
        <translation>O ap datblygwr X y cyngor (Keys and tokens), gludwch yr allwedd API a'i chyfrinach a'r tocyn mynediad a'i gyfrinach a wnaed ar gyfer y cyfrif.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>API key</source>
        <translation>Allwedd API</translation>
    </message>
    <message>
        <location line="+1" />
        <source>API key secret</source>
        <translation>Cyfrinach yr allwedd API</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Access token secret</source>
        <translation>Cyfrinach y tocyn mynediad</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/api.py" line="+69" />
        <source>That looks like your main Bluesky password, which Crier never stores: make an app password in Bluesky (Settings → Privacy and security → App passwords → Add App Password) and paste that instead; it looks like xxxx-xxxx-xxxx-xxxx.</source>
        <translation>Mae hwnnw'n edrych fel prif gyfrinair eich cyfrif Bluesky, nad yw Crier byth yn ei gadw: gwnewch gyfrinair ap yn Bluesky (Settings → Privacy and security → App passwords → Add App Password) a gludo hwnnw yn lle hynny; mae'n edrych fel xxxx-xxxx-xxxx-xxxx.</translation>
    </message>
    <message>
        <location line="+203" />
        <source>Bluesky's limit on how much {handle} can do has been reached.</source>
        <translation>Cyrhaeddwyd terfyn Bluesky ar faint y gall {handle} ei wneud.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Bluesky no longer accepts Crier's sign-in for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation>Nid yw Bluesky yn derbyn mewngofnod Crier ar gyfer {handle} mwyach. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Bluesky refused the sign-in for {handle}. {said} Connect the account again in Accounts.</source>
        <translation>Gwrthododd Bluesky y mewngofnod ar gyfer {handle}. {said} Cysylltwch y cyfrif eto yn Cyfrifon.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky refused an image of this post. Bluesky said: {said} Change or remove the image, then send the post again.</source>
        <translation>Gwrthododd Bluesky un o ddelweddau'r neges hon. Dywedodd Bluesky: {said} Newidiwch y ddelwedd neu ei thynnu, yna anfonwch y neges eto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the image is too large.</source>
        <translation>mae'r ddelwedd yn rhy fawr.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bluesky refused this post. Bluesky said: {said} Edit it, then send it again.</source>
        <translation>Gwrthododd Bluesky y neges hon. Dywedodd Bluesky: {said} Golygwch hi, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the request was invalid.</source>
        <translation>roedd y cais yn annilys.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Bluesky didn't allow this for {handle} (403). Bluesky said: {said} Check the account on Bluesky, then send the post again.</source>
        <translation>Ni chaniataodd Bluesky hyn ar gyfer {handle} (403). Dywedodd Bluesky: {said} Gwiriwch y cyfrif ar Bluesky, yna anfonwch y neges eto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>forbidden.</source>
        <translation>gwaharddwyd.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bluesky answered in a way Crier didn't expect ({status}). Bluesky said: {said} Try again; if it keeps happening, send the log file to IT.</source>
        <translation>Atebodd Bluesky mewn ffordd nad oedd Crier yn ei disgwyl ({status}). Dywedodd Bluesky: {said} Rhowch gynnig arall arni; os yw'n dal i ddigwydd, anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nothing more.</source>
        <translation>dim byd arall.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Bluesky server answered with something Crier couldn't read (perhaps a network sign-in page or a proxy's error). Crier will try again; if it keeps happening, check the server address in Accounts or ask IT.</source>
        <translation>Atebodd y gweinydd Bluesky gyda rhywbeth na allai Crier ei ddarllen (tudalen mewngofnodi rhwydwaith neu wall gan ddirprwy, efallai). Bydd Crier yn rhoi cynnig arall arni; os yw'n dal i ddigwydd, gwiriwch gyfeiriad y gweinydd yn Cyfrifon neu gofynnwch i TG.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/sign_in.py" line="+205" />
        <source>Bluesky has suspended {handle}, so Crier can't post to it. Check the account's email from Bluesky; its posts will wait in the outbox.</source>
        <translation>Mae Bluesky wedi atal {handle}, felly ni all Crier gyhoeddi iddo. Edrychwch ar e-bost y cyfrif gan Bluesky; bydd ei negeseuon yn aros yn y Blwch Allan.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky no longer accepts its app password (it may have been revoked)</source>
        <translation>nid yw Bluesky yn derbyn ei gyfrinair ap mwyach (efallai ei fod wedi'i ddirymu)</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Crier can't post to {handle} because {because}. Make a new app password in Bluesky (Settings → Privacy and security → App passwords) and connect the account again in Accounts; its posts will wait until then.</source>
        <translation>Ni all Crier gyhoeddi i {handle} oherwydd {because}. Gwnewch gyfrinair ap newydd yn Bluesky (Settings → Privacy and security → App passwords) a chysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Crier has no app password for it</source>
        <translation>does gan Crier ddim cyfrinair ap ar ei gyfer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{host} had a problem on its side ({status}); try again in a few minutes.</source>
        <translation>Cafodd {host} broblem ar ei ochr ef ({status}); rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{host} refused the sign-in ({status}: {said}); try again, and if it keeps happening send the log file to IT.</source>
        <translation>Gwrthododd {host} y mewngofnodi ({status}: {said}); rhowch gynnig arall arni, ac os yw'n dal i ddigwydd anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no reason given</source>
        <translation>ni roddwyd rheswm</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Bluesky has had too many sign-in attempts for this account; try again after {time}.</source>
        <translation>Mae Bluesky wedi cael gormod o ymdrechion i fewngofnodi i'r cyfrif hwn; rhowch gynnig arall arni ar ôl {time}.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>{host} didn't answer like a Bluesky server; check the server address (leave it empty for bsky.social) and try again.</source>
        <translation>Wnaeth {host} ddim ateb fel gweinydd Bluesky; gwiriwch gyfeiriad y gweinydd (gadewch ef yn wag ar gyfer bsky.social) a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Bluesky has suspended this account, so Crier can't post to it; check the account's email from Bluesky.</source>
        <translation>Mae Bluesky wedi atal y cyfrif hwn, felly all Crier ddim cyhoeddi iddo; gwiriwch e-bost y cyfrif gan Bluesky.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bluesky didn't accept that handle and app password; check both (the app password looks like xxxx-xxxx-xxxx-xxxx, and may have been revoked) and try again.</source>
        <translation>Wnaeth Bluesky ddim derbyn y ddolen enw (handle) a'r cyfrinair ap hynny; gwiriwch y ddau (mae'r cyfrinair ap yn edrych fel xxxx-xxxx-xxxx-xxxx, ac efallai ei fod wedi'i ddirymu) a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Enter the account's Bluesky handle, like yourcouncil.bsky.social.</source>
        <translation>Rhowch ddolen enw (handle) Bluesky y cyfrif, fel eichcyngor.bsky.social.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paste the account's app password, which looks like xxxx-xxxx-xxxx-xxxx; make one in Bluesky under Settings → Privacy and security → App passwords.</source>
        <translation>Gludwch gyfrinair ap y cyfrif, sy'n edrych fel xxxx-xxxx-xxxx-xxxx; gwnewch un yn Bluesky o dan Settings → Privacy and security → App passwords.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/login.py" line="+101" />
        <source>Crier rejected an answer that wasn't for the sign-in it started, so nothing was connected. Close other Facebook sign-in windows and start again.</source>
        <translation>Gwrthododd Crier ateb nad oedd ar gyfer y mewngofnodi a ddechreuodd, felly chafodd dim byd ei gysylltu. Caewch ffenestri mewngofnodi Facebook eraill a dechrau eto.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>You didn't give Crier access on Facebook, so no Page was connected. Start again and choose Continue to connect one.</source>
        <translation>Wnaethoch chi ddim rhoi mynediad i Crier ar Facebook, felly chafodd dim Tudalen ei chysylltu. Dechreuwch eto a dewis Continue i gysylltu un.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Facebook didn't finish the sign-in (it said: {said}). Start again; if it keeps happening, ask whoever manages the council's Facebook app to check its settings.</source>
        <translation>Wnaeth Facebook ddim gorffen y mewngofnodi (dywedodd: {said}). Dechreuwch eto; os yw'n dal i ddigwydd, gofynnwch i bwy bynnag sy'n rheoli ap Facebook y cyngor wirio ei osodiadau.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Crier doesn't know the council's Facebook app yet: set "Facebook app ID" (facebook.app_id) in Settings, ask IT to set it in the machine policy, or paste a Page access token instead.</source>
        <translation>Dydy Crier ddim yn adnabod ap Facebook y cyngor eto: gosodwch "ID ap Facebook" (facebook.app_id) yn y Gosodiadau, gofynnwch i TG ei osod ym mholisi'r peiriant, neu gludwch docyn mynediad Tudalen yn lle hynny.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>That address has no answer from Facebook in it. Copy the whole address of the page Facebook finished on, then paste it again.</source>
        <translation>Does dim ateb gan Facebook yn y cyfeiriad hwnnw. Copïwch gyfeiriad cyfan y dudalen y gorffennodd Facebook arni, yna ei ludo eto.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Your Facebook account can't create posts on any Page Crier was given: ask a Page admin for access, and tick the Page when Facebook asks which Pages Crier may use.</source>
        <translation>All eich cyfrif Facebook ddim creu negeseuon ar unrhyw Dudalen a roddwyd i Crier: gofynnwch i weinyddwr Tudalen am fynediad, a thiciwch y Dudalen pan fydd Facebook yn gofyn pa Dudalennau y caiff Crier eu defnyddio.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connecting the Facebook Page was cancelled.</source>
        <translation>Cafodd cysylltu'r Dudalen Facebook ei ddiddymu.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/facebook/sign_in.py" line="+79" />
        <source>Facebook's answer couldn't be read: something on the network (a proxy, or a Wi-Fi sign-in page) may have answered instead. Check you're online, then try again.</source>
        <translation>Doedd dim modd darllen ateb Facebook: efallai bod rhywbeth ar y rhwydwaith (dirprwy, neu dudalen mewngofnodi Wi-Fi) wedi ateb yn ei le. Gwiriwch eich bod ar-lein, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Facebook has no Page with that ID that this access can see. Check the Page ID (in the Page's About section, under Page transparency) and try again.</source>
        <translation>Does gan Facebook ddim Tudalen gyda'r ID hwnnw y gall y mynediad hwn ei gweld. Gwiriwch ID y Dudalen (yn adran About y Dudalen, o dan Page transparency) a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Facebook is busy or having a problem ({status}), so the Page wasn't connected. Try again in a few minutes.</source>
        <translation>Mae Facebook yn brysur neu'n cael problem ({status}), felly chafodd y Dudalen mo'i chysylltu. Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Paste the Page access token first.</source>
        <translation>Gludwch docyn mynediad y Dudalen yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>That doesn't look like an access token (it contains spaces). Copy only the token and paste it again.</source>
        <translation>Dydy hwnnw ddim yn edrych fel tocyn mynediad (mae'n cynnwys bylchau). Copïwch y tocyn yn unig a'i ludo eto.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Facebook didn't accept this access token: it may have expired or been copied incompletely. Copy the Page access token again and paste it.</source>
        <translation>Wnaeth Facebook ddim derbyn y tocyn mynediad hwn: efallai ei fod wedi dod i ben neu heb gael ei gopïo'n llawn. Copïwch docyn mynediad y Dudalen eto a'i ludo.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This access token is for the Page {name}, not Page {page_id}. Paste the token of the Page you want, or leave the Page ID empty to connect this one.</source>
        <translation>Mae'r tocyn mynediad hwn ar gyfer y Dudalen {name}, nid Tudalen {page_id}. Gludwch docyn y Dudalen rydych chi ei heisiau, neu gadewch ID y Dudalen yn wag i gysylltu hon.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>This is a person's access token, and Crier couldn't tell which Page to post to with it: enter the ID of a Page you manage, or paste the Page's own access token.</source>
        <translation>Tocyn mynediad person yw hwn, a doedd Crier ddim yn gallu dweud i ba Dudalen i gyhoeddi gydag ef: rhowch ID Tudalen rydych chi'n ei rheoli, neu gludwch docyn mynediad y Dudalen ei hun.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The person this token belongs to doesn't manage Page {page_id}. Check the Page ID, or paste the Page's own access token.</source>
        <translation>Dydy'r person sy'n berchen ar y tocyn hwn ddim yn rheoli Tudalen {page_id}. Gwiriwch ID y Dudalen, neu gludwch docyn mynediad y Dudalen ei hun.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>A Page ID is a number (find it in the Page's About section, under Page transparency); enter it without spaces, or leave it empty.</source>
        <translation>Rhif yw ID Tudalen (mae i'w gael yn adran About y Dudalen, o dan Page transparency); rhowch ef heb fylchau, neu gadewch ef yn wag.</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Facebook didn't accept the sign-in. Start again and allow Crier's access.</source>
        <translation>Wnaeth Facebook ddim derbyn y mewngofnodi. Dechreuwch eto a chaniatáu mynediad i Crier.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/mastodon/sign_in.py" line="+73" />
        <source>The Mastodon server {host} is limiting how often Crier can ask it things. Wait a few minutes, then try again.</source>
        <translation>Mae'r gweinydd Mastodon {host} yn cyfyngu ar ba mor aml y gall Crier ofyn pethau iddo. Arhoswch ychydig funudau, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The Mastodon server {host} had a problem on its side ({status}). Try again in a few minutes.</source>
        <translation>Cafodd y gweinydd Mastodon {host} broblem ar ei ochr ef ({status}). Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+34" />
        <source>The server at {host} didn't answer the way a Mastodon server does. Check the server address and try again.</source>
        <translation>Wnaeth y gweinydd yn {host} ddim ateb fel y mae gweinydd Mastodon yn ei wneud. Gwiriwch gyfeiriad y gweinydd a rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="-11" />
        <source>The Mastodon server {host} didn't accept this access token. Check that you copied all of it, that it was made on {host}, and that it allows reading the account (read:accounts).</source>
        <translation>Wnaeth y gweinydd Mastodon {host} ddim derbyn y tocyn mynediad hwn. Gwiriwch eich bod wedi copïo'r cyfan ohono, iddo gael ei wneud ar {host}, a'i fod yn caniatáu darllen y cyfrif (read:accounts).</translation>
    </message>
    <message>
        <location line="+72" />
        <source>The access token is empty. Copy it from Preferences → Development on your Mastodon server.</source>
        <translation>Mae'r tocyn mynediad yn wag. Copïwch ef o Preferences → Development ar eich gweinydd Mastodon.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>You didn't give Crier permission on {host}, so the account wasn't connected. To connect it, start again and choose "Authorize".</source>
        <translation>Wnaethoch chi ddim rhoi caniatâd i Crier ar {host}, felly chafodd y cyfrif mo'i gysylltu. I'w gysylltu, dechreuwch eto a dewis "Authorize".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The Mastodon server {host} didn't complete the sign-in (it said: {said}). Start again.</source>
        <translation>Wnaeth y gweinydd Mastodon {host} ddim cwblhau'r mewngofnodi (dywedodd: {said}). Dechreuwch eto.</translation>
    </message>
    <message>
        <location line="+87" />
        <source>The Mastodon server {host} didn't let Crier register for signing in. Paste an access token instead (Preferences → Development on your Mastodon server).</source>
        <translation>Wnaeth y gweinydd Mastodon {host} ddim gadael i Crier gofrestru i fewngofnodi. Gludwch docyn mynediad yn lle hynny (Preferences → Development ar eich gweinydd Mastodon).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The Mastodon server {host} didn't accept the sign-in, so the account wasn't connected. Start again; the sign-in code is only valid for a short time.</source>
        <translation>Wnaeth y gweinydd Mastodon {host} ddim derbyn y mewngofnodi, felly chafodd y cyfrif mo'i gysylltu. Dechreuwch eto; dim ond am gyfnod byr y mae'r cod mewngofnodi'n ddilys.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The answer from {host} to the sign-in had no access token. Try again.</source>
        <translation>Doedd dim tocyn mynediad yn yr ateb gan {host} i'r mewngofnodi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/sign_in.py" line="+67" />
        <source>You didn't give Crier permission on X, so the account wasn't connected. To connect it, start again and choose "Authorize app".</source>
        <translation>Wnaethoch chi ddim rhoi caniatâd i Crier ar X, felly chafodd y cyfrif mo'i gysylltu. I'w gysylltu, dechreuwch eto a dewis "Authorize app".</translation>
    </message>
    <message>
        <location line="+5" />
        <source>X didn't complete the sign-in (it said: {said}). Start again; if it keeps happening, ask whoever manages the council's X developer app to check its settings.</source>
        <translation>Wnaeth X ddim cwblhau'r mewngofnodi (dywedodd: {said}). Dechreuwch eto; os yw'n dal i ddigwydd, gofynnwch i bwy bynnag sy'n rheoli ap datblygwr X y cyngor wirio ei osodiadau.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Crier doesn't know the council's X app yet: set "X app client ID" (x.client_id) in Settings, or ask IT to set it in the machine policy.</source>
        <translation>Dydy Crier ddim yn adnabod ap X y cyngor eto: gosodwch "ID cleient ap X" (x.client_id) yn y Gosodiadau, neu gofynnwch i TG ei osod ym mholisi'r peiriant.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>X's answer to the sign-in couldn't be read. Try again.</source>
        <translation>Doedd dim modd darllen ateb X i'r mewngofnodi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X didn't accept the sign-in code, so the account wasn't connected. Start again; the code is only valid for a short time.</source>
        <translation>Wnaeth X ddim derbyn y cod mewngofnodi, felly chafodd y cyfrif mo'i gysylltu. Dechreuwch eto; dim ond am gyfnod byr y mae'r cod yn ddilys.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>X's answer to the sign-in had no access token. Try again.</source>
        <translation>Doedd dim tocyn mynediad yn ateb X i'r mewngofnodi. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>X didn't give Crier permission to post and stay signed in (it left out {scopes}). Connect again and allow everything Crier asks for.</source>
        <translation>Wnaeth X ddim rhoi caniatâd i Crier gyhoeddi ac aros wedi mewngofnodi (gadawodd {scopes} allan). Cysylltwch eto a chaniatáu popeth y mae Crier yn gofyn amdano.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Crier needs the council X app's consumer key (x.consumer_key in Settings) and its consumer secret to sign in with a PIN.</source>
        <translation>Mae Crier angen allwedd defnyddiwr ap X y cyngor (x.consumer_key yn y Gosodiadau) a'i gyfrinach defnyddiwr i fewngofnodi gyda PIN.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>X rejected the council app's consumer key or secret. Ask whoever manages the X developer app to check them.</source>
        <translation>Gwrthododd X allwedd neu gyfrinach defnyddiwr ap y cyngor. Gofynnwch i bwy bynnag sy'n rheoli ap datblygwr X eu gwirio.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The PIN is the number X showed you; type just the digits.</source>
        <translation>Y PIN yw'r rhif a ddangosodd X i chi; teipiwch y digidau yn unig.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X didn't accept that PIN. Check it, or start again to get a new one.</source>
        <translation>Wnaeth X ddim derbyn y PIN hwnnw. Gwiriwch ef, neu dechreuwch eto i gael un newydd.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/tokens.py" line="+140" />
        <source>The X keys on standard input aren't valid JSON. Give an object like {"consumer_key": "...", "consumer_secret": "...", "access_token": "...", "access_token_secret": "..."}.</source>
        <translation>Dydy allweddi X ar y mewnbwn safonol ddim yn JSON dilys. Rhowch wrthrych fel {"consumer_key": "...", "consumer_secret": "...", "access_token": "...", "access_token_secret": "..."}.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The X keys on standard input must be one JSON object with consumer_key, consumer_secret, access_token and access_token_secret.</source>
        <translation>Rhaid i allweddi X ar y mewnbwn safonol fod yn un gwrthrych JSON gyda consumer_key, consumer_secret, access_token ac access_token_secret.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Crier has no sign-in for {handle} on this computer. Connect the account again in Accounts.</source>
        <translation>Does gan Crier ddim mewngofnod ar gyfer {handle} ar y cyfrifiadur hwn. Cysylltwch y cyfrif eto yn Cyfrifon.</translation>
    </message>
    <message>
        <location line="+83" />
        <source>Crier wasn't allowed to stay signed in</source>
        <extracomment>The tokens as last read or stored by this keeper (``tokens``: as its publisher just read them): the keyring is read once per publisher (one sync run), not three entries per request. A refresh always reads the keyring again, so tokens another Crier rotated meanwhile are found there (after a 401, at worst one request late).</extracomment>
        <translation>Chafodd Crier ddim aros wedi mewngofnodi</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X's answer when renewing the sign-in couldn't be read. Crier will try again.</source>
        <translation>Doedd dim modd darllen ateb X wrth adnewyddu'r mewngofnodi. Bydd Crier yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>X no longer accepts Crier's sign-in</source>
        <translation>Dydy X ddim yn derbyn mewngofnod Crier mwyach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>X refused to renew the sign-in. Connect the account again in Accounts.</source>
        <translation>Gwrthododd X adnewyddu'r mewngofnodi. Cysylltwch y cyfrif eto yn Cyfrifon.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Crier can't renew the X sign-in because the X app client ID (x.client_id) isn't set. Ask IT to set it, then try again.</source>
        <translation>All Crier ddim adnewyddu'r mewngofnodi X oherwydd nad yw ID cleient ap X (x.client_id) wedi'i osod. Gofynnwch i TG ei osod, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Crier has no sign-in for it on this computer</source>
        <translation>Does gan Crier ddim mewngofnod ar ei gyfer ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{because} for {handle}: it may have been disconnected in X's settings or its password changed. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation>{because} ar gyfer {handle}: efallai ei fod wedi'i ddatgysylltu yng ngosodiadau X neu fod ei gyfrinair wedi newid. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/images.py" line="+52" />
        <source>Crier can't read {name} as a picture. Save it as a JPEG or PNG, add it again, then send the post.</source>
        <translation>Ni all Crier ddarllen {name} fel llun. Cadwch ef fel JPEG neu PNG, ychwanegwch ef eto, yna anfonwch y neges.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>{name} can't be made small enough for Bluesky. Use a different picture, then send the post.</source>
        <translation>Ni ellir gwneud {name} yn ddigon bach ar gyfer Bluesky. Defnyddiwch lun gwahanol, yna anfonwch y neges.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/bluesky/publisher.py" line="+164" />
        <source>Crier lost track of this post's record key, so it won't send it in case it's already on Bluesky. Check the account on Bluesky, then post it again as a new post.</source>
        <translation>Collodd Crier allwedd cofnod y neges hon, felly ni fydd yn ei hanfon rhag ofn ei bod ar Bluesky eisoes. Gwiriwch y cyfrif ar Bluesky, yna cyhoeddwch hi eto fel neges newydd.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Bluesky didn't keep this post's images even after Crier uploaded them again. Try sending it again later; if it keeps happening, send the log file to IT.</source>
        <translation>Ni chadwodd Bluesky ddelweddau'r neges hon hyd yn oed ar ôl i Crier eu llwytho i fyny eto. Rhowch gynnig ar ei hanfon eto yn nes ymlaen; os yw'n dal i ddigwydd, anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+91" />
        <source>{handle} already has a different post where Crier expected this one. Check the account on Bluesky; if this post isn't there, post it again as a new post.</source>
        <translation>Mae gan {handle} neges wahanol eisoes lle'r oedd Crier yn disgwyl hon. Gwiriwch y cyfrif ar Bluesky; os nad yw'r neges hon yno, cyhoeddwch hi eto fel neges newydd.</translation>
    </message>
    <message>
        <location line="+76" />
        <source>Part {part} of this thread has no link to Bluesky, so part {next} can't be attached to it. Post the rest of the thread from Bluesky, then mark this post as done.</source>
        <translation>Does gan ran {part} o'r edefyn hwn ddim dolen i Bluesky, felly ni ellir atodi rhan {next} iddi. Cyhoeddwch weddill yr edefyn o Bluesky, yna marciwch y neges hon fel un wedi'i gwneud.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The earlier part of this thread isn't a Bluesky post Crier can reply to. Post the rest of the thread from Bluesky, then mark this post as done.</source>
        <translation>Nid yw rhan gynharach yr edefyn hwn yn neges Bluesky y gall Crier ei hateb. Cyhoeddwch weddill yr edefyn o Bluesky, yna marciwch y neges hon fel un wedi'i gwneud.</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Bluesky no longer has this post's images and Crier doesn't know where they came from. Add the images to a new post and send that.</source>
        <translation>Nid oes gan Bluesky ddelweddau'r neges hon mwyach ac nid yw Crier yn gwybod o ble y daethant. Ychwanegwch y delweddau at neges newydd ac anfonwch honno.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Bluesky refused Crier's fresh sign-in for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <translation>Gwrthododd Bluesky fewngofnod newydd Crier ar gyfer {handle}. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>One of this post's images was uploaded by another version of Crier and can't be attached. Add the images to a new post and send that.</source>
        <translation>Cafodd un o ddelweddau'r neges hon ei llwytho i fyny gan fersiwn arall o Crier ac ni ellir ei hatodi. Ychwanegwch y delweddau at neges newydd ac anfonwch honno.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>This post is {length} characters long and Bluesky allows {most}. Shorten it (or split it into a thread), then send it again.</source>
        <translation>Mae'r neges hon yn {length} nod o hyd ac mae Bluesky yn caniatáu {most}. Byrhewch hi (neu ei rhannu'n edefyn), yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>This post uses too many special characters and emoji for Bluesky. Shorten it, then send it again.</source>
        <translation>Mae'r neges hon yn defnyddio gormod o nodau arbennig ac emoji ar gyfer Bluesky. Byrhewch hi, yna anfonwch hi eto.</translation>
    </message>
</context>
<context>
    <name>core.outbox</name>
    <message>
        <location filename="../../desktop/core/outbox.py" line="+28" />
        <source>That post no longer exists.</source>
        <translation>Dydy'r neges honno ddim yn bodoli mwyach.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>That post can't go from {before} to {after}.</source>
        <extracomment>Every allowed move. Anything else is a bug and raises.</extracomment>
        <translation>All y neges honno ddim mynd o {before} i {after}.</translation>
    </message>
    <message>
        <location line="+64" />
        <source>Waiting for its Welsh pair on {account}: that account needs signing in.</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}: mae angen mewngofnodi i'r cyfrif hwnnw.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its Welsh pair on {account}, which needs attention: {error}</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, sydd angen sylw: {error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its Welsh pair on {account} to go out first.</source>
        <translation>Yn aros i'w phâr Cymraeg ar {account} fynd allan yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its English pair on {account}: that account needs signing in.</source>
        <translation>Yn aros am ei phâr Saesneg ar {account}: mae angen mewngofnodi i'r cyfrif hwnnw.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its English pair on {account}, which needs attention: {error}</source>
        <translation>Yn aros am ei phâr Saesneg ar {account}, sydd angen sylw: {error}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its English pair on {account} to go out first.</source>
        <translation>Yn aros i'w phâr Saesneg ar {account} fynd allan yn gyntaf.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a removed account</source>
        <extracomment>Put where a handle goes, after "on" ("ar" in Welsh, so mutated there).</extracomment>
        <translation>gyfrif a dynnwyd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>see that post</source>
        <translation>gweler y neges honno</translation>
    </message>
    <message>
        <location line="+86" />
        <source>A pair is two accounts: a Welsh one and an English one.</source>
        <extracomment>Draft ids asked about per query: well under SQLite's limit on bound parameters.</extracomment>
        <translation>Mae pâr yn ddau gyfrif: un Cymraeg ac un Saesneg.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is nothing to post: the text is empty.</source>
        <translation>Does dim byd i'w gyhoeddi: mae'r testun yn wag.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>That account no longer exists.</source>
        <translation>Dydy'r cyfrif hwnnw ddim yn bodoli mwyach.</translation>
    </message>
    <message>
        <location line="+51" />
        <location filename="../../desktop/core/service/submitting.py" line="-96" />
        <source>Choose at least one account to post to.</source>
        <translation>Dewiswch o leiaf un cyfrif i gyhoeddi iddo.</translation>
    </message>
    <message>
        <location line="+98" />
        <source>Part of this thread is already posted, so it can't be cancelled. Retry it to post the rest.</source>
        <translation>Mae rhan o'r edefyn hwn wedi'i chyhoeddi eisoes, felly does dim modd ei ddiddymu. Ailgynigiwch ef i gyhoeddi'r gweddill.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Choose a time that is still to come; Send now sends it at once.</source>
        <translation>Dewiswch amser sydd eto i ddod; mae Anfon nawr yn ei hanfon ar unwaith.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>That post is being sent now, so it can't be moved.</source>
        <translation>Mae'r neges honno'n cael ei hanfon nawr, felly does dim modd ei symud.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That post has already gone out, so it can't be moved.</source>
        <translation>Mae'r neges honno wedi mynd allan eisoes, felly does dim modd ei symud.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>That post was cancelled.</source>
        <translation>Cafodd y neges honno ei diddymu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Part of this thread is already posted, so it can't be moved.</source>
        <translation>Mae rhan o'r edefyn hwn wedi'i chyhoeddi eisoes, felly does dim modd ei symud.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>That post is waiting to retry; use Send now or Cancel instead.</source>
        <translation>Mae'r neges honno'n aros i roi cynnig arall; defnyddiwch Anfon nawr neu Diddymu yn lle hynny.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>That post needs attention first: retry or cancel it.</source>
        <translation>Mae angen rhoi sylw i'r neges honno yn gyntaf: ailgynigiwch neu ddiddymu hi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/posts.py" line="+18" />
        <source>The account needs connecting.</source>
        <translation>Mae angen cysylltu'r cyfrif.</translation>
    </message>
</context>
<context>
    <name>core.policy</name>
    <message>
        <location filename="../../desktop/core/policy.py" line="+202" />
        <source>{path} item {n}</source>
        <translation>{path} eitem {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{path} entry {key}</source>
        <translation>{path} cofnod {key}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{key} is a personal preference that policy can't set</source>
        <translation>dewis personol yw {key}, na all polisi ei osod</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{key} is not a setting Crier knows; write settings as top-level dotted names such as {example}</source>
        <translation>nid yw {key} yn osodiad y mae Crier yn ei adnabod; ysgrifennwch osodiadau fel enwau lefel uchaf gyda dotiau, fel {example}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{key} is not a setting Crier knows (did you mean {close}?)</source>
        <translation>nid yw {key} yn osodiad y mae Crier yn ei adnabod (oeddech chi'n golygu {close}?)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{key} is not a setting Crier knows</source>
        <translation>nid yw {key} yn osodiad y mae Crier yn ei adnabod</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{problem} — {consequence}.</source>
        <translation>{problem} — {consequence}.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{problem} — ignored.</source>
        <translation>{problem} — anwybyddwyd.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{key} {problem}</source>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The policy file {path} is larger than 1 MB, so Crier didn't read it and none of it is applied. A policy is a few kilobytes of JSON: put the right file there.</source>
        <translation>Mae'r ffeil bolisi {path} yn fwy nag 1 MB, felly wnaeth Crier ddim ei darllen a dydy dim ohoni'n cael ei rhoi ar waith. Ychydig gilobeitiau o JSON yw polisi: rhowch y ffeil gywir yno.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{path} isn't a plain file (it is a folder, a device or a pipe), so Crier didn't read it and no policy from it is applied. Put the policy JSON file itself at that path.</source>
        <translation>Nid ffeil gyffredin yw {path} (ffolder, dyfais neu bibell yw hi), felly wnaeth Crier ddim ei darllen a does dim polisi ohoni'n cael ei roi ar waith. Rhowch y ffeil JSON bolisi ei hun yn y llwybr hwnnw.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Crier couldn't read the policy file {path} ({why}), so none of it is applied. Make sure every user can read the file.</source>
        <translation>Doedd Crier ddim yn gallu darllen y ffeil bolisi {path} ({why}), felly dydy dim ohoni'n cael ei rhoi ar waith. Gwnewch yn siŵr bod pob defnyddiwr yn gallu darllen y ffeil.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Crier ignored the policy file {path} because {part} can be changed by someone other than this PC's administrators, and machine policy may only come from a file that only they can change.</source>
        <translation>Anwybyddodd Crier y ffeil bolisi {path} oherwydd bod rhywun heblaw gweinyddwyr y cyfrifiadur hwn yn gallu newid {part}, a rhaid i bolisi'r peiriant ddod o ffeil na all neb ond nhw ei newid.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{file} line {line}: the file isn't saved as UTF-8 text, so none of it is applied. Save it as UTF-8 and restart Crier.</source>
        <translation>{file} llinell {line}: dydy'r ffeil ddim wedi'i chadw fel testun UTF-8, felly dydy dim ohoni'n cael ei rhoi ar waith. Cadwch hi fel UTF-8 ac ailgychwyn Crier.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{file} is empty, so no policy is applied. Write {{}} for an empty policy, or delete the file.</source>
        <translation>Mae {file} yn wag, felly does dim polisi'n cael ei roi ar waith. Ysgrifennwch {{}} ar gyfer polisi gwag, neu ddileu'r ffeil.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{file} line {line}, column {column}: this isn't valid JSON ({why}), so none of the file is applied. Fix that line and restart Crier.</source>
        <translation>{file} llinell {line}, colofn {column}: dydy hyn ddim yn JSON dilys ({why}), felly dydy dim o'r ffeil yn cael ei roi ar waith. Trwsiwch y llinell honno ac ailgychwyn Crier.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{file} line 1: the policy must be a JSON object of setting names and values, like {{"posting.require_alt_text": true}}, so none of it is applied.</source>
        <translation>{file} llinell 1: rhaid i'r polisi fod yn wrthrych JSON o enwau a gwerthoedd gosodiadau, fel {{"posting.require_alt_text": true}}, felly dydy dim ohono'n cael ei roi ar waith.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>{file} line {line}: {problem}</source>
        <translation>{file} llinell {line}: {problem}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{path} is given twice (lines {first} and {later}); the one on line {later} is used.</source>
        <translation>Mae {path} wedi'i roi ddwywaith (llinellau {first} a {later}); yr un ar linell {later} sy'n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Crier couldn't read the registry key {key} ({why}), so policy set there is not applied. Make sure every user can read that key.</source>
        <translation>Doedd Crier ddim yn gallu darllen allwedd y gofrestrfa {key} ({why}), felly dydy'r polisi a osodwyd yno ddim yn cael ei roi ar waith. Gwnewch yn siŵr bod pob defnyddiwr yn gallu darllen yr allwedd honno.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Registry {key} value {problem}</source>
        <translation>Gwerth y gofrestrfa {key}, {problem}</translation>
    </message>
</context>
<context>
    <name>core.posting</name>
    <message>
        <location filename="../../desktop/core/posting.py" line="-173" />
        <source>Can't queue this for {handle}: {why}.</source>
        <translation>Does dim modd ciwio hyn ar gyfer {handle}: {why}.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the text contains a NUL character, which no network accepts; remove it</source>
        <extracomment>The longest text Crier takes as a post: a little over the longest any network accepts (Facebook's). The longest thread Crier will queue; a text needing more is a document, not a post. The error rules that stop a post, in the order findings are listed ("alt-text" is an image with no description; the others are tone rules of severity "error"), and the setting, lockable by machine policy, listing which of them a person may override with a reason.</extracomment>
        <translation>mae'r testun yn cynnwys nod NUL, nad yw unrhyw rwydwaith yn ei dderbyn; tynnwch ef</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the text is longer than any network accepts as a post (over {n} characters)</source>
        <translation>mae'r testun yn hirach nag y mae unrhyw rwydwaith yn ei dderbyn fel neges (dros {n} nod)</translation>
    </message>
    <message>
        <location line="+45" />
        <source>the post is empty</source>
        <translation>mae'r neges yn wag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it contains characters {network} does not accept</source>
        <translation>mae'n cynnwys nodau nad yw {network} yn eu derbyn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a part is still too long for {network} after splitting</source>
        <translation>mae rhan yn dal yn rhy hir i {network} ar ôl ei rhannu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it would take more than {n} posts on {network}</source>
        <translation>byddai angen mwy na {n} neges ar {network}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>it is not valid</source>
        <translation>dydy hi ddim yn ddilys</translation>
    </message>
    <message>
        <location line="+114" />
        <source>This can't be posted until it is fixed: your organisation doesn't allow “{rules}” to be overridden.</source>
        <translation>Does dim modd cyhoeddi hyn nes iddo gael ei drwsio: dydy eich sefydliad ddim yn caniatáu diystyru “{rules}”.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>This needs fixing before posting, or a reason to post it anyway.</source>
        <translation>Mae angen trwsio hyn cyn cyhoeddi, neu roi rheswm dros ei gyhoeddi beth bynnag.</translation>
    </message>
</context>
<context>
    <name>core.publishing</name>
    <message>
        <location filename="../../desktop/core/networks/failures.py" line="+42" />
        <source>{who} had a problem on its side ({status}). Crier will try again shortly.</source>
        <translation>Cafodd {who} broblem ar ei ochr ei hun ({status}). Bydd Crier yn rhoi cynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/publishing.py" line="+117" />
        <source>Crier found a post with these words on {network}, but it is an earlier post from the outbox, so this one wasn't counted as sent. Check {handle}: if this post isn't there, Retry sends it; if it is, Cancel it here.</source>
        <translation>Daeth Crier o hyd i neges gyda'r geiriau hyn ar {network}, ond neges gynharach o'r Blwch Allan yw hi, felly ni chafodd yr un hon ei chyfrif fel un a anfonwyd. Edrychwch ar {handle}: os nad yw'r neges hon yno, bydd Ailgynnig yn ei hanfon; os yw hi yno, dewiswch Diddymu yma.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>{network}'s answer wasn't in the form Crier expects, so Crier didn't count it as sent. Crier will check and try again; if it keeps happening, send the log file to IT.</source>
        <translation>Nid oedd ateb {network} ar y ffurf y mae Crier yn ei disgwyl, felly ni chyfrifodd Crier ei fod wedi'i anfon. Bydd Crier yn gwirio ac yn rhoi cynnig arall arni; os yw'n dal i ddigwydd, anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Something between this computer and {network} refused the request ({status}). If it keeps happening, ask IT whether the network allows {host}.</source>
        <translation>Gwrthododd rhywbeth rhwng y cyfrifiadur hwn a {network} y cais ({status}). Os yw'n dal i ddigwydd, gofynnwch i TG a yw'r rhwydwaith yn caniatáu {host}.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Part {part} of this thread is already on {network}, but Crier couldn't find its link, so part {next} can't be attached to it as a reply. Post the rest of the thread from {network}{how}, then mark this post as done.</source>
        <translation>Mae rhan {part} o'r edefyn hwn eisoes ar {network}, ond ni allai Crier ddod o hyd i'w dolen, felly ni ellir atodi rhan {next} iddi fel ateb. Cyhoeddwch weddill yr edefyn o {network}{how}, yna marciwch y neges hon fel un wedi'i gwneud.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>{limit} Crier will try again at {when}.</source>
        <extracomment>The longest a rate limit's reset is taken at its word: no network limits posting for longer than a day, so a reset further away (a broken or hostile server's) holds a post and its account's queue a day at most.</extracomment>
        <translation>{limit} Bydd Crier yn rhoi cynnig arall arni am {when}.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The image {name} can't be read any more ({problem}). Add it to the post again, then send it.</source>
        <translation>Ni ellir darllen y ddelwedd {name} mwyach ({problem}). Ychwanegwch hi at y neges eto, yna anfonwch hi.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Crier can only post images to {network}, and {name} isn't one. Remove it and send again.</source>
        <translation>Dim ond delweddau y gall Crier eu cyhoeddi i {network}, ac nid delwedd yw {name}. Tynnwch hi ac anfonwch eto.</translation>
    </message>
</context>
<context>
    <name>core.rules</name>
    <message>
        <location filename="../../desktop/core/posting.py" line="-78" />
        <source>Image description</source>
        <translation>Disgrifiad delwedd</translation>
    </message>
    <message>
        <location filename="../../desktop/core/tone/checker.py" line="+32" />
        <source>Too long</source>
        <translation>Rhy hir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Longer than a network this post is going to allows.</source>
        <translation>Yn hwy nag y mae rhwydwaith y mae'r neges hon yn mynd iddo yn ei ganiatáu.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Placeholders left in</source>
        <translation>Dalfannau ar ôl yn y testun</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TBC, TODO, XXX, [insert link], lorem ipsum and other text meant to be filled in later.</source>
        <translation>TBC, TODO, XXX, [insert link], lorem ipsum a thestun arall sydd i fod i gael ei lenwi'n nes ymlaen.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Personal data</source>
        <translation>Data personol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A person's email address or phone number, a National Insurance number or a vehicle registration. The council's own published contact details can be allowed in Settings.</source>
        <translation>Cyfeiriad e-bost neu rif ffôn person, rhif Yswiriant Gwladol neu rif cofrestru cerbyd. Gellir caniatáu manylion cyswllt cyhoeddedig y cyngor ei hun yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Swearing</source>
        <translation>Rhegi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Swear words, including disguised ones like f*ck or sh1t. Place names such as Scunthorpe are fine.</source>
        <translation>Rhegfeydd, gan gynnwys rhai wedi'u cuddio fel f*ck neu sh1t. Mae enwau lleoedd fel Scunthorpe yn iawn.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hostile or blaming tone</source>
        <translation>Tôn elyniaethus neu feius</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Words and phrases that argue with, blame or talk down to residents ("as we have repeatedly told you", "it's not rocket science").</source>
        <translation>Geiriau ac ymadroddion sy'n dadlau â thrigolion, yn eu beio neu'n siarad i lawr â nhw ("fel rydyn ni wedi dweud wrthych dro ar ôl tro", "dydy e ddim yn wyddoniaeth roced").</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Pre-election period</source>
        <translation>Cyfnod cyn etholiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>During a pre-election period set in Settings: naming councillors, candidates or parties, or promoting the council's achievements.</source>
        <translation>Yn ystod cyfnod cyn etholiad a osodwyd yn y Gosodiadau: enwi cynghorwyr, ymgeiswyr neu bleidiau, neu hyrwyddo llwyddiannau'r cyngor.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Capitals</source>
        <translation>Priflythrennau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Words in capitals other than acronyms like NHS or CCTV. They read as shouting and screen readers may spell them out.</source>
        <translation>Geiriau mewn priflythrennau heblaw acronymau fel GIG neu CCTV. Maen nhw'n darllen fel gweiddi a gall darllenwyr sgrin eu sillafu.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Exclamation marks</source>
        <translation>Ebychnodau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>More than one exclamation mark, or !! and ?!, which read as over-excited or cross.</source>
        <translation>Mwy nag un ebychnod, neu !! a ?!, sy'n darllen fel gor-gyffro neu dymer.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Inclusive language</source>
        <translation>Iaith gynhwysol</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dated or excluding terms such as "the elderly" or "wheelchair-bound", with the form to use instead.</source>
        <translation>Termau hen ffasiwn neu sy'n cau pobl allan fel "the elderly" neu "wheelchair-bound", gyda'r ffurf i'w defnyddio yn eu lle.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Plain English and Welsh</source>
        <translation>Cymraeg Clir a Saesneg Clir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>GOV.UK words to avoid and council jargon (utilise, facilitate, going forward), and in Welsh sentences Cymraeg Clir's everyday words for official Welsh (er mwyn, ynghylch), each with a plainer word.</source>
        <translation>Geiriau i'w hosgoi yn ôl GOV.UK a jargon cynghorau (utilise, facilitate, going forward), ac mewn brawddegau Cymraeg, geiriau bob dydd Cymraeg Clir yn lle Cymraeg swyddogol (er mwyn, ynghylch), pob un gyda gair symlach.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Reading age</source>
        <translation>Oed darllen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posts that need a higher reading age than your target. GOV.UK writes for a reading age of 9.</source>
        <translation>Negeseuon sydd angen oed darllen uwch na'ch targed. Mae GOV.UK yn ysgrifennu ar gyfer oed darllen 9.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Long sentences</source>
        <translation>Brawddegau hir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sentences over {n} words.</source>
        <translation>Brawddegau dros {n} gair.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hashtag capitals</source>
        <translation>Priflythrennau hashnodau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hashtags of several words in lower case: #RoadClosure, not #roadclosure, so screen readers can read them.</source>
        <translation>Hashnodau o sawl gair mewn llythrennau bach: #CauFfordd, nid #cauffordd, fel bod darllenwyr sgrin yn gallu eu darllen.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Too many hashtags</source>
        <translation>Gormod o hashnodau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>More than {n} hashtags.</source>
        <translation>Mwy na {n} hashnod.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+1" />
        <source>More than {n} emoji, or an emoji in the middle of a sentence. Screen readers read out each one's name.</source>
        <translation>Mwy na {n} emoji, neu emoji yng nghanol brawddeg. Mae darllenwyr sgrin yn darllen enw pob un yn uchel.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Insecure links</source>
        <translation>Dolenni anniogel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Links starting http:// instead of https://.</source>
        <translation>Dolenni sy'n dechrau â http:// yn lle https://.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Shortened links</source>
        <translation>Dolenni byrrach</translation>
    </message>
    <message>
        <location line="+1" />
        <source>bit.ly and other link shorteners, which hide where a link goes.</source>
        <translation>bit.ly a byrhawyr dolenni eraill, sy'n cuddio i ble mae dolen yn mynd.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Your organisation's words</source>
        <translation>Geiriau eich sefydliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Words your organisation has banned or has a house style for (set in Settings or by IT).</source>
        <translation>Geiriau y mae eich sefydliad wedi'u gwahardd neu sydd ag arddull y sefydliad ar eu cyfer (wedi'u gosod yn y Gosodiadau neu gan TG).</translation>
    </message>
</context>
<context>
    <name>core.settings</name>
    <message>
        <location filename="../../desktop/core/setting_specs.py" line="+39" />
        <source>that item is ignored</source>
        <translation>anwybyddir yr eitem honno</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must be {expected}, not {value}</source>
        <extracomment>What a bad value's messages are made of (marked once here: the window and the CLI show them translated).</extracomment>
        <translation>rhaid iddo fod yn {expected}, nid {value}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>that entry is ignored</source>
        <translation>anwybyddir y cofnod hwnnw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>that period is ignored</source>
        <translation>anwybyddir y cyfnod hwnnw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{items} or {last}</source>
        <translation>{items} neu {last}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>must be {expected}, but its JSON is not valid ({why} at column {column})</source>
        <translation>rhaid iddo fod yn {expected}, ond dydy ei JSON ddim yn ddilys ({why} yng ngholofn {column})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>item {n} must be text that isn't empty, not {value}</source>
        <translation>rhaid i eitem {n} fod yn destun nad yw'n wag, nid {value}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{where} needs a "name" in quotes</source>
        <translation>mae {where} angen "name" mewn dyfynodau</translation>
    </message>
    <message>
        <location line="+31" />
        <source>a value</source>
        <translation>werth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a REG_SZ string</source>
        <translation>llinyn REG_SZ</translation>
    </message>
    <message>
        <location line="+29" />
        <source>text in quotes</source>
        <translation>destun mewn dyfynodau</translation>
    </message>
    <message>
        <location line="+38" />
        <source>one of {choices}</source>
        <translation>un o {choices}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>true or false</source>
        <translation>true neu false</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a REG_DWORD of 0 or 1</source>
        <translation>REG_DWORD o 0 neu 1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>a REG_DWORD</source>
        <translation>REG_DWORD</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a whole number from {minimum} to {maximum}</source>
        <translation>rhif cyfan o {minimum} i {maximum}</translation>
    </message>
    <message>
        <location line="+27" />
        <source>a REG_MULTI_SZ (or a REG_SZ holding a JSON list)</source>
        <translation>REG_MULTI_SZ (neu REG_SZ sy'n dal rhestr JSON)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a list of text values like {example}</source>
        <translation>rhestr o werthoedd testun fel {example}</translation>
    </message>
    <message>
        <location line="+13" />
        <source>item {n} ({value}) must be {choices}</source>
        <translation>rhaid i eitem {n} ({value}) fod yn {choices}</translation>
    </message>
    <message>
        <location line="+28" />
        <source>text</source>
        <translation>destun</translation>
    </message>
    <message>
        <location line="+7" />
        <source> (or null for no suggestion)</source>
        <translation> (neu null am ddim awgrym)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an object mapping each term to its replacement, like {example}{tail}</source>
        <translation>wrthrych sy'n paru pob term â'r hyn sy'n dod yn ei le, fel {example}{tail}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>text or null</source>
        <translation>destun neu null</translation>
    </message>
    <message>
        <location line="+4" />
        <source>has an empty term</source>
        <translation>mae ganddo derm gwag</translation>
    </message>
    <message>
        <location line="+3" />
        <source>entry {term} must be {expected}, not {value}</source>
        <translation>rhaid i'r cofnod {term} fod yn {expected}, nid {value}</translation>
    </message>
    <message>
        <location line="-24" />
        <source>a REG_SZ holding a JSON object like {example}</source>
        <translation>REG_SZ sy'n dal gwrthrych JSON fel {example}</translation>
    </message>
    <message>
        <location line="+51" />
        <source>a list of periods like {example}</source>
        <translation>rhestr o gyfnodau fel {example}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a REG_SZ holding a JSON list of periods</source>
        <translation>REG_SZ sy'n dal rhestr JSON o gyfnodau</translation>
    </message>
    <message>
        <location line="+9" />
        <source>period {n}</source>
        <translation>cyfnod {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{where} must be an object with "name", "start" and "end", not {value}</source>
        <translation>rhaid i {where} fod yn wrthrych gyda "name", "start" ac "end", nid {value}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>period {n} ({name})</source>
        <translation>cyfnod {n} ({name})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>{where} has a field {field} that Crier doesn't use</source>
        <translation>mae gan {where} faes {field} nad yw Crier yn ei ddefnyddio</translation>
    </message>
    <message>
        <location line="+3" />
        <source>that field is ignored</source>
        <translation>anwybyddir y maes hwnnw</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{where}: {field} must be a date written YYYY-MM-DD, not {value}</source>
        <translation>{where}: rhaid i {field} fod yn ddyddiad wedi'i ysgrifennu BBBB-MM-DD, nid {value}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{where} needs a {field} date written YYYY-MM-DD</source>
        <translation>mae {where} angen dyddiad {field} wedi'i ysgrifennu BBBB-MM-DD</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{where} ends ({end}) before it starts ({start})</source>
        <translation>mae {where} yn dod i ben ({end}) cyn iddo ddechrau ({start})</translation>
    </message>
    <message>
        <location line="+50" />
        <source>a web address starting with https://</source>
        <translation>gyfeiriad gwe sy'n dechrau gyda https://</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"" (use the computer's proxy settings), "direct", an address without a password like "http://proxy.example.gov.uk:8080", or "pac:" followed by the address of a PAC file</source>
        <translation>"" (defnyddio gosodiadau dirprwy'r cyfrifiadur), "direct", cyfeiriad heb gyfrinair fel "http://proxy.example.gov.uk:8080", neu "pac:" ac yna gyfeiriad ffeil PAC</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"cy", "en" or "both"</source>
        <translation>"cy", "en" neu "both"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>"cy-first" or "en-first"</source>
        <translation>"cy-first" neu "en-first"</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a PostgreSQL address without a password, like "postgresql://db.example.gov.uk/crier?sslmode=verify-full", or "" for no team</source>
        <translation>gyfeiriad PostgreSQL heb gyfrinair, fel "postgresql://db.example.gov.uk/crier?sslmode=verify-full", neu "" am ddim tîm</translation>
    </message>
    <message>
        <location line="+26" />
        <source>X app client ID</source>
        <translation>ID cleient ap X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The OAuth 2.0 client ID of the council's X developer app.</source>
        <translation>ID cleient OAuth 2.0 ap datblygwr X y cyngor.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>X app consumer key</source>
        <translation>Allwedd defnyddiwr ap X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The OAuth 1.0a consumer key (API key) of the council's X developer app. Never put the consumer secret here: secrets are kept in the system keyring.</source>
        <translation>Allwedd defnyddiwr OAuth 1.0a (allwedd API) ap datblygwr X y cyngor. Peidiwch byth â rhoi cyfrinach y defnyddiwr yma: caiff cyfrinachau eu cadw yng nghylch allweddi'r system.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>X API address</source>
        <translation>Cyfeiriad API X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The address of the X API. Change it only if your network routes X through a gateway.</source>
        <translation>Cyfeiriad API X. Newidiwch ef dim ond os yw eich rhwydwaith yn anfon X drwy borth.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Facebook app ID</source>
        <translation>ID ap Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The app ID of the council's Facebook app, used to post to Facebook Pages.</source>
        <translation>ID ap Facebook y cyngor, a ddefnyddir i gyhoeddi ar Dudalennau Facebook.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Networks allowed</source>
        <translation>Rhwydweithiau a ganiateir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The social networks staff may draft for and post to.</source>
        <translation>Y rhwydweithiau cymdeithasol y caiff staff ddrafftio ar eu cyfer a chyhoeddi arnynt.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tone checks turned off</source>
        <translation>Gwiriadau tôn wedi'u diffodd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tone checks you have turned off.</source>
        <translation>Y gwiriadau tôn rydych chi wedi'u diffodd.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Target reading age</source>
        <translation>Oed darllen targed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Posts written for an older reading age than this are flagged.</source>
        <translation>Caiff negeseuon a ysgrifennwyd ar gyfer oed darllen hŷn na hwn eu nodi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Words to avoid</source>
        <translation>Geiriau i'w hosgoi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Words or phrases the checks point out. Give each a better word to suggest, or none if it should just be flagged.</source>
        <translation>Geiriau neu ymadroddion y mae'r gwiriadau'n tynnu sylw atynt. Rhowch air gwell i'w awgrymu ar gyfer pob un, neu ddim os mai dim ond eu nodi sydd ei angen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>House style spellings</source>
        <translation>Sillafu arddull y sefydliad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Spellings to correct to the council's house style, e.g. "e-mail" to "email".</source>
        <translation>Sillafiadau i'w cywiro i arddull y cyngor, e.e. "e-bost" yn lle "ebost".</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Contact details that may be posted</source>
        <translation>Manylion cyswllt y cewch eu cyhoeddi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone numbers, email addresses and similar details that are fine to publish (e.g. the council's contact centre), so the personal data check doesn't flag them.</source>
        <translation>Rhifau ffôn, cyfeiriadau e-bost a manylion tebyg sy'n iawn i'w cyhoeddi (e.e. canolfan gyswllt y cyngor), fel nad yw'r gwiriad data personol yn eu nodi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pre-election periods</source>
        <translation>Cyfnodau cyn etholiad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Periods before elections (dates as YYYY-MM-DD, both days included) when posts are checked for political content.</source>
        <translation>Cyfnodau cyn etholiadau (dyddiadau ar ffurf BBBB-MM-DD, gan gynnwys y ddau ddiwrnod) pan gaiff negeseuon eu gwirio am gynnwys gwleidyddol.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Councillor and party names</source>
        <translation>Enwau cynghorwyr a phleidiau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Names of councillors and parties to flag during a pre-election period.</source>
        <translation>Enwau cynghorwyr a phleidiau i'w nodi yn ystod cyfnod cyn etholiad.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Council web addresses</source>
        <translation>Cyfeiriadau gwe y cyngor</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The council's own web domains, e.g. "example.gov.uk", used by the link checks.</source>
        <translation>Parthau gwe y cyngor ei hun, e.e. "example.gov.uk", a ddefnyddir gan y gwiriadau dolenni.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Require image descriptions</source>
        <translation>Mynnu disgrifiadau delweddau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Images can't be posted without a description (alt text) for people using screen readers.</source>
        <translation>Does dim modd cyhoeddi delweddau heb ddisgrifiad (testun amgen) ar gyfer pobl sy'n defnyddio darllenwyr sgrin.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Checks staff may override</source>
        <translation>Gwiriadau y caiff staff eu diystyru</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checks that stop a post but that staff may override by giving a reason, which is kept with the post. The others (by default personal data and placeholders) must be fixed.</source>
        <translation>Gwiriadau sy'n atal neges ond y caiff staff eu diystyru drwy roi rheswm, a gaiff ei gadw gyda'r neges. Rhaid cywiro'r lleill (data personol a dalfannau yn ddiofyn).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Language of accounts</source>
        <translation>Iaith y cyfrifon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The language accounts post in unless set on the account: "cy" Welsh only, "en" English only, "both" one bilingual post (Welsh and English).</source>
        <translation>Yr iaith y mae cyfrifon yn cyhoeddi ynddi oni bai ei bod wedi'i gosod ar y cyfrif: "cy" Cymraeg yn unig, "en" Saesneg yn unig, "both" un neges ddwyieithog (Cymraeg a Saesneg).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Order of a bilingual post</source>
        <translation>Trefn neges ddwyieithog</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Which language comes first in a bilingual post.</source>
        <translation>Pa iaith sy'n dod gyntaf mewn neges ddwyieithog.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Proxy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How Crier reaches the internet. Leave it empty to use this computer's own proxy settings, which is usually right. Otherwise type direct for no proxy, the proxy's address (such as http://proxy.example.gov.uk:8080), or pac: followed by the address of a proxy script. IT can tell you which.</source>
        <translation>Sut mae Crier yn cyrraedd y rhyngrwyd. Gadewch yn wag i ddefnyddio gosodiadau dirprwy y cyfrifiadur hwn, sydd fel arfer yn gywir. Fel arall teipiwch direct i beidio â defnyddio dirprwy, cyfeiriad y dirprwy (fel http://proxy.example.gov.uk:8080), neu pac: ac yna cyfeiriad sgript dirprwy. Gall TG ddweud wrthych pa un.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keep sign-ins in an encrypted file when there is no keyring</source>
        <translation>Cadw mewngofnodion mewn ffeil wedi'i hamgryptio pan nad oes cylch allweddi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only for a computer without a secure store such as Windows Credential Manager: the accounts' sign-in tokens are kept in an encrypted file instead, so posting still works. Ask IT first.</source>
        <translation>Dim ond ar gyfer cyfrifiadur heb storfa ddiogel fel Windows Credential Manager: caiff tocynnau mewngofnodi'r cyfrifon eu cadw mewn ffeil wedi'i hamgryptio yn lle hynny, fel bod cyhoeddi'n dal i weithio. Holwch TG yn gyntaf.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Backups to keep</source>
        <translation>Copïau wrth gefn i'w cadw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>How many daily backups of your drafts to keep.</source>
        <translation>Faint o gopïau wrth gefn dyddiol o'ch drafftiau i'w cadw.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team database</source>
        <translation>Cronfa ddata y tîm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The address of the team's PostgreSQL database, which `crier team join` and the window's Join team use. Each person signs in with their own name and password (or Kerberos); no password goes here. By policy, put sslmode and sslrootcert in it, not in PG* variables.</source>
        <translation>Cyfeiriad cronfa ddata PostgreSQL y tîm, a ddefnyddir gan `crier team join` ac Ymuno â thîm yn y ffenestr. Mae pob person yn mewngofnodi gyda'i enw a'i gyfrinair ei hun (neu Kerberos); does dim cyfrinair yn mynd yma. Drwy bolisi, rhowch sslmode a sslrootcert ynddo, nid mewn newidynnau PG*.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Networks for new drafts</source>
        <translation>Rhwydweithiau ar gyfer drafftiau newydd</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The networks a new draft is set up for.</source>
        <translation>Y rhwydweithiau y caiff drafft newydd ei osod ar eu cyfer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Interface language</source>
        <translation>Iaith y rhyngwyneb</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The language of Crier's menus and messages: the computer's language, Welsh or English. A change applies the next time Crier starts.</source>
        <translation>Iaith dewislenni a negeseuon Crier: iaith y cyfrifiadur, Cymraeg neu Saesneg. Daw newid i rym y tro nesaf y bydd Crier yn cychwyn.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/settings.py" line="+82" />
        <source>There is no setting called {key}.</source>
        <translation>Does dim gosodiad o'r enw {key}.</translation>
    </message>
    <message>
        <location line="+66" />
        <source>Crier couldn't open your settings file {path} just now ({why}), so it is using the default settings. The file was left as it is, and Crier won't save over it: restart Crier once the file can be opened.</source>
        <translation>Doedd Crier ddim yn gallu agor eich ffeil gosodiadau {path} ar hyn o bryd ({why}), felly mae'n defnyddio'r gosodiadau diofyn. Mae'r ffeil wedi'i gadael fel y mae, ac ni fydd Crier yn cadw dros ei phen: ailgychwynnwch Crier pan fydd modd agor y ffeil.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>it doesn't hold a set of named settings</source>
        <translation>dydy hi ddim yn dal set o osodiadau wedi'u henwi</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Your saved setting "{label}" was {value}, which isn't {expected}, so Crier is using the default ({default}). You can change it in Settings.</source>
        <translation>Roedd eich gosodiad wedi'i gadw "{label}" yn {value}, nad yw'n {expected}, felly mae Crier yn defnyddio'r gwerth diofyn ({default}). Gallwch ei newid yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Your saved setting "{label}": {problem}, so {consequence}. You can change it in Settings.</source>
        <translation>Eich gosodiad wedi'i gadw "{label}": {problem}, felly {consequence}. Gallwch ei newid yn y Gosodiadau.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>line {line}, column {column}: {why}</source>
        <translation>llinell {line}, colofn {column}: {why}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it isn't UTF-8 text</source>
        <translation>dydy hi ddim yn destun UTF-8</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't read your settings file ({why}), so it has started with the default settings. It also couldn't move the damaged file {path} out of the way ({error}), so your changes may not be saved until that file is removed.</source>
        <translation>Doedd Crier ddim yn gallu darllen eich ffeil gosodiadau ({why}), felly mae wedi dechrau gyda'r gosodiadau diofyn. Doedd hefyd ddim yn gallu symud y ffeil sydd wedi'i difrodi {path} o'r ffordd ({error}), felly efallai na fydd eich newidiadau'n cael eu cadw nes i'r ffeil honno gael ei thynnu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Crier couldn't read your settings file ({why}), so it has started with the default settings. The damaged file was kept as {name} in {folder}. Changes you make from now on will be saved normally.</source>
        <translation>Doedd Crier ddim yn gallu darllen eich ffeil gosodiadau ({why}), felly mae wedi dechrau gyda'r gosodiadau diofyn. Cafodd y ffeil sydd wedi'i difrodi ei chadw fel {name} yn {folder}. Bydd newidiadau a wnewch o hyn ymlaen yn cael eu cadw fel arfer.</translation>
    </message>
    <message>
        <location line="+69" />
        <source>"{label}" is set by your organisation, so it can't be changed here. Ask your IT team if it needs to be different.</source>
        <translation>Mae "{label}" wedi'i osod gan eich sefydliad, felly does dim modd ei newid yma. Gofynnwch i'ch tîm TG os oes angen iddo fod yn wahanol.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"{label}" {problem}.</source>
        <translation>"{label}": {problem}.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"{label}": {problem}.</source>
        <translation>"{label}": {problem}.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Crier couldn't open your settings file {path} when it started ({why}), so it won't save over it. Restart Crier once the file can be opened, then change the setting again.</source>
        <translation>Doedd Crier ddim yn gallu agor eich ffeil gosodiadau {path} pan ddechreuodd ({why}), felly ni fydd yn cadw dros ei phen. Ailgychwynnwch Crier pan fydd modd agor y ffeil, yna newidiwch y gosodiad eto.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Crier couldn't save your settings to {path} ({error}). Your previous settings are unchanged. Check there is free disk space and that you can write to that folder, then try again.</source>
        <translation>Doedd Crier ddim yn gallu cadw eich gosodiadau yn {path} ({error}). Mae eich gosodiadau blaenorol heb eu newid. Gwiriwch fod lle ar y ddisg a'ch bod yn gallu ysgrifennu i'r ffolder honno, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Your organisation has not allowed {network}.</source>
        <translation>Dydy eich sefydliad ddim wedi caniatáu {network}.</translation>
    </message>
</context>
<context>
    <name>core.store</name>
    <message>
        <location filename="../../desktop/core/service/submitting.py" line="+84" />
        <location filename="../../desktop/core/store.py" line="+123" />
        <source>Crier couldn't read {name}: {why}.</source>
        <extracomment>A draft in the Trash is deleted for good this many days after it was put there, once it has also been seen there (by the window's maintenance) on ``TRASH_DAYS_SEEN`` separate days: a week of use.</extracomment>
        <translation>Ni allai Crier ddarllen {name}: {why}.</translation>
    </message>
    <message>
        <location line="+4" />
        <location filename="../../desktop/core/store.py" line="+4" />
        <source>{name} isn't a PNG, JPEG, GIF or WebP image.</source>
        <translation>Nid yw {name} yn ddelwedd PNG, JPEG, GIF na WebP.</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../desktop/core/store.py" line="+4" />
        <source>{name} is over 20 MB: make it smaller and attach it again.</source>
        <translation>Mae {name} dros 20 MB: gwnewch hi'n llai a'i hatodi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/service/app.py" line="+234" />
        <location filename="../../desktop/core/service/submitting.py" line="-15" />
        <location filename="../../desktop/core/store.py" line="+156" />
        <source>A post can carry at most {n} images.</source>
        <extracomment>The order a bilingual draft's sides are posted in (``bilingual.order``): its title and snippet in the list come from the first side that has words.</extracomment>
        <translation>Gall neges gynnwys {n} delwedd ar y mwyaf.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} has no alt text: describe it for people who can't see it.</source>
        <translation>Does dim testun amgen gan {name}: disgrifiwch y ddelwedd i bobl sy'n methu ei gweld.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/store.py" line="-132" />
        <source>Crier couldn't copy {name}: {why}.</source>
        <translation>Ni allai Crier gopïo {name}: {why}.</translation>
    </message>
</context>
<context>
    <name>core.team</name>
    <message>
        <location filename="../../desktop/core/team/pairs.py" line="+31" />
        <source>Waiting for another PC's attempt to end: it lost its link to the team database while sending this</source>
        <translation>Yn aros i ymgais cyfrifiadur arall ddod i ben: collodd ei gysylltiad â chronfa ddata'r tîm wrth anfon hwn</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Waiting for its Welsh pair to be approved</source>
        <translation>Yn aros i'w phâr Cymraeg gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for its English pair to be approved</source>
        <translation>Yn aros i'w phâr Saesneg gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for its Welsh pair on {account}, which needs attention</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, sydd angen sylw</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Waiting for its Welsh pair on {account}, which needs attention: {error}</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, sydd angen sylw: {error}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Waiting for its Welsh pair on {account}, which was cancelled</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}, a ddiddymwyd</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for its Welsh pair on {account}: {error}</source>
        <translation>Yn aros am ei phâr Cymraeg ar {account}: {error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Waiting for its Welsh pair to go out</source>
        <translation>Yn aros i'w phâr Cymraeg fynd allan</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/client.py" line="+36" />
        <source>The team database can't hold images yet: ask IT to run `crier team init` once to upgrade it, then submit the post again.</source>
        <translation>Ni all cronfa ddata'r tîm gadw delweddau eto: gofynnwch i TG redeg `crier team init` unwaith i'w huwchraddio, yna cyflwynwch y neges eto.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>this has an invisible NUL character (often from pasted text), which the team database can't store; remove it and try again</source>
        <translation>mae nod NUL anweledig yn hwn (o destun a gludwyd, yn aml), na all cronfa ddata'r tîm ei gadw; tynnwch ef a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the team database can't store a value in this change, so it was not sent</source>
        <translation>ni all cronfa ddata'r tîm gadw un o werthoedd y newid hwn, felly ni chafodd ei anfon</translation>
    </message>
    <message>
        <location line="+3" />
        <source>this has bytes that aren't UTF-8 text (from a terminal or file in another encoding), which the team database can't store; type it again as UTF-8</source>
        <translation>mae beitiau yn hwn nad ydynt yn destun UTF-8 (o derfynell neu ffeil mewn amgodiad arall), na all cronfa ddata'r tîm eu cadw; teipiwch ef eto fel UTF-8</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the team database keeps at most 5,000 characters of an image's description; shorten it and submit again</source>
        <translation>mae cronfa ddata'r tîm yn cadw hyd at 5,000 nod o ddisgrifiad delwedd; byrhewch ef a'i gyflwyno eto</translation>
    </message>
    <message>
        <location line="+54" />
        <source>an author</source>
        <extracomment>The roles and what they allow, as ``require_role`` says them (callers pass the English words).</extracomment>
        <translation>awdur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an approver</source>
        <translation>cymeradwywr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>an admin</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <location line="+3" />
        <source>approve posts</source>
        <translation>cymeradwyo negeseuon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>send posts back for changes</source>
        <translation>anfon negeseuon yn ôl i'w newid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add people</source>
        <translation>ychwanegu pobl</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change team policy</source>
        <translation>newid polisi'r tîm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>change who publishes for an account</source>
        <translation>newid pwy sy'n cyhoeddi ar gyfer cyfrif</translation>
    </message>
    <message>
        <location line="+19" />
        <source>this PC has not joined a team; run `crier team join URL` first</source>
        <translation>nid yw'r cyfrifiadur hwn wedi ymuno â thîm; rhedwch `crier team join URL` yn gyntaf</translation>
    </message>
    <message>
        <location line="+93" />
        <source>the team database went away while sending changes</source>
        <translation>collwyd y cysylltiad â chronfa ddata'r tîm wrth anfon newidiadau</translation>
    </message>
    <message>
        <location line="+23" />
        <source>{user} is no longer a member of this team</source>
        <translation>nid yw {user} yn aelod o'r tîm hwn mwyach</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the team has no account {ref}; connect it on a team PC and run `crier sync --once`</source>
        <translation>nid oes gan y tîm gyfrif {ref}; cysylltwch ef ar un o gyfrifiaduron y tîm a rhedwch `crier sync --once`</translation>
    </message>
    <message>
        <location line="+8" />
        <source>more than one team account is called {ref}; use its number</source>
        <translation>mae gan y tîm fwy nag un cyfrif o'r enw {ref}; defnyddiwch ei rif</translation>
    </message>
    <message>
        <location line="+9" />
        <source>you joined as {role} ({user}), and only {needed} can {doing}</source>
        <translation>fe wnaethoch ymuno fel {role} ({user}), a dim ond {needed} sy'n cael {doing}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/connection.py" line="+63" />
        <source>{url} is not a PostgreSQL address like postgresql://name@server/crier</source>
        <extracomment>sslmodes that may fall back to plain text, refused for a host that is not loopback The libpq parameters that decide which server and database a connection reaches. Under a locked address, libpq's own default for what the policy leaves out of where and how to connect, so the environment (PGHOST, PGHOSTADDR, PGPORT, PGPASSFILE, PGTARGETSESSIONATTRS, PGCHANNELBINDING, PGSSLMINPROTOCOLVERSION, PGKRBSRVNAME) is not read; empty means libpq's default. sslmode and sslrootcert are the policy's to decide (``TeamUrl.pinned``). Left to the person: their identity (user, password, sslcert, sslkey), what can only refuse more (sslcrl, require_auth) and their own session's settings on the policy's server (PGOPTIONS, PGAPPNAME; Crier names itself anyway).</extracomment>
        <translation>nid yw {url} yn gyfeiriad PostgreSQL fel postgresql://enw@gweinydd/crier</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the team database address needs a database name, e.g. postgresql://name@server/crier</source>
        <translation>mae angen enw cronfa ddata yng nghyfeiriad cronfa ddata'r tîm, e.e. postgresql://enw@gweinydd/crier</translation>
    </message>
    <message>
        <location line="+39" />
        <source>your organisation's policy sets the team database to {database}, but this PC was set to {joined}; join the team again</source>
        <translation>mae polisi eich sefydliad yn pennu mai {database} yw cronfa ddata'r tîm, ond roedd y cyfrifiadur hwn wedi'i osod i {joined}; ymunwch â'r tîm eto</translation>
    </message>
    <message>
        <location line="+80" />
        <source>the {name} environment variable could change the team database your organisation's policy sets; remove it, or ask IT</source>
        <extracomment>libpq parameters that are secrets: never written to this PC's team file</extracomment>
        <translation>gallai'r newidyn amgylchedd {name} newid cronfa ddata'r tîm y mae polisi eich sefydliad yn ei phennu; tynnwch ef, neu gofynnwch i'r adran TG</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the file {path} could change the team database your organisation's policy sets; remove it, or ask IT</source>
        <translation>gallai'r ffeil {path} newid cronfa ddata'r tîm y mae polisi eich sefydliad yn ei phennu; tynnwch hi, neu gofynnwch i'r adran TG</translation>
    </message>
    <message>
        <location line="+18" />
        <source>the team database at {host} must be reached over TLS; remove sslmode={mode} (use verify-full with the council's CA certificate)</source>
        <translation>rhaid cyrraedd cronfa ddata'r tîm yn {host} dros TLS; tynnwch sslmode={mode} (defnyddiwch verify-full gyda thystysgrif CA y cyngor)</translation>
    </message>
    <message>
        <location line="+35" />
        <source>the team database refused the password for {user}</source>
        <translation>gwrthododd cronfa ddata'r tîm y cyfrinair ar gyfer {user}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/client.py" line="-143" />
        <source>this PC no longer has the team password for {user} (it was removed from the computer's credential store); join the team again with crier team join or File &gt; Join team…</source>
        <translation>does gan y cyfrifiadur hwn ddim cyfrinair y tîm ar gyfer {user} bellach (cafodd ei dynnu o storfa manylion mewngofnodi'r cyfrifiadur); ymunwch â'r tîm eto gyda crier team join neu Ffeil &gt; Ymuno â thîm…</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/connection.py" line="+6" />
        <source>the team database did not accept the Kerberos sign-in for {user}</source>
        <translation>ni dderbyniodd cronfa ddata'r tîm y mewngofnodi Kerberos ar gyfer {user}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>there is no database {name} on {host}</source>
        <translation>nid oes cronfa ddata {name} ar {host}</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the team database has no user {user}</source>
        <translation>nid oes defnyddiwr {user} yng nghronfa ddata'r tîm</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the TLS connection to {host} failed; your organisation's policy decides which certificates are trusted (PGSSLMODE and PGSSLROOTCERT don't apply), so ask IT</source>
        <translation>methodd y cysylltiad TLS â {host}; polisi eich sefydliad sy'n penderfynu pa dystysgrifau yr ymddiriedir ynddynt (nid yw PGSSLMODE a PGSSLROOTCERT yn berthnasol), felly gofynnwch i'r adran TG</translation>
    </message>
    <message>
        <source>your organisation's policy sets sslmode=verify-ca for the team database but no sslrootcert; ask IT to add the CA certificate's file (sslrootcert) to it, or to use verify-full</source>
        <translation>mae polisi eich sefydliad yn gosod sslmode=verify-ca ar gyfer cronfa ddata'r tîm ond dim sslrootcert; gofynnwch i'r adran TG ychwanegu ffeil tystysgrif yr awdurdod tystysgrifau (sslrootcert) ato, neu ddefnyddio verify-full</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the TLS connection to {host} failed; check PGSSLROOTCERT (see docs/team.md)</source>
        <translation>methodd y cysylltiad TLS â {host}; gwiriwch PGSSLROOTCERT (gweler docs/team.md)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>can't reach the team database at {database}</source>
        <translation>methu cyrraedd cronfa ddata'r tîm yn {database}</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/desk.py" line="+194" />
        <source>say what needs changing in the note</source>
        <extracomment>a submission in one of these states waits for an approver's decision</extracomment>
        <translation>dywedwch beth sydd angen ei newid yn y nodyn</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the comment is empty</source>
        <translation>mae'r sylw yn wag</translation>
    </message>
    <message>
        <location line="+38" />
        <source>this PC has not joined a team</source>
        <translation>nid yw'r cyfrifiadur hwn wedi ymuno â thîm</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/joining.py" line="+28" />
        <source>give the team database address, e.g. postgresql://yourname@server/crier, or ask IT to set it</source>
        <translation>rhowch gyfeiriad cronfa ddata'r tîm, e.e. postgresql://eichenw@gweinydd/crier, neu gofynnwch i TG ei osod</translation>
    </message>
    <message>
        <location line="+12" />
        <source>your organisation's policy sets the team database to {database}; join that one</source>
        <translation>mae polisi eich sefydliad yn pennu mai {database} yw cronfa ddata'r tîm; ymunwch â honno</translation>
    </message>
    <message>
        <location line="+11" />
        <source>put your user name in the address, e.g. postgresql://yourname@server/crier</source>
        <translation>rhowch eich enw defnyddiwr yn y cyfeiriad, e.e. postgresql://eichenw@gweinydd/crier</translation>
    </message>
    <message>
        <location line="+16" />
        <source>{user} is not a member of this team; ask the team admin to run `crier team add-user`</source>
        <translation>nid yw {user} yn aelod o'r tîm hwn; gofynnwch i weinyddwr y tîm redeg `crier team add-user`</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/schema.py" line="+48" />
        <source>{user} can't set up the team database: run `crier team init` as a role that owns the database {name} and may create roles (CREATEROLE)</source>
        <translation>ni all {user} sefydlu cronfa ddata'r tîm: rhedwch `crier team init` fel rôl sy'n berchen ar y gronfa ddata {name} ac sy'n cael creu rolau (CREATEROLE)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>this team database was set up by a newer version of Crier; install that version first</source>
        <translation>sefydlwyd cronfa ddata'r tîm hon gan fersiwn mwy newydd o Crier; gosodwch y fersiwn honno yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../desktop/core/service/submitting.py" line="-225" />
        <source>Team policy doesn't let you post to {account} without approval; submit it for approval.</source>
        <translation>Dydy polisi'r tîm ddim yn gadael i chi gyhoeddi i {account} heb gymeradwyaeth; cyflwynwch hi i'w chymeradwyo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A Welsh and English pair is always submitted for approval, each language on its own.</source>
        <translation>Caiff pâr Cymraeg a Saesneg ei gyflwyno i'w gymeradwyo bob tro, pob iaith ar ei phen ei hun.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A pair is two different accounts: a Welsh one and an English one.</source>
        <translation>Mae pâr yn ddau gyfrif gwahanol: un Cymraeg ac un Saesneg.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/publish.py" line="+334" />
        <source>The team database refused this send ({reason}).</source>
        <translation>Gwrthododd cronfa ddata'r tîm gofnodi anfon y neges hon ({reason}).</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Crier could not send this ({kind}).</source>
        <translation>Ni allai Crier anfon hwn ({kind}).</translation>
    </message>
    <message>
        <location line="+51" />
        <source>An image of this post arrived damaged.</source>
        <translation>Cyrhaeddodd delwedd o'r neges hon wedi'i difrodi.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/refusals.py" line="+32" />
        <source>the audit log is append-only</source>
        <extracomment>(what the database says, after "permission denied: ", as a pattern; the sentence to show).</extracomment>
        <translation>dim ond ychwanegu at y log archwilio sy'n bosibl</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{user} is not a member of a Crier team</source>
        <translation>nid yw {user} yn aelod o dîm Crier</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no submission {id} in your team</source>
        <translation>nid oes cyflwyniad {id} yn eich tîm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no account {account} in your team</source>
        <translation>nid oes cyfrif {account} yn eich tîm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the post is empty</source>
        <translation>mae'r neges yn wag</translation>
    </message>
    <message>
        <location line="+3" />
        <source>posts to {account} need approval first</source>
        <translation>mae angen cymeradwyo negeseuon i {account} yn gyntaf</translation>
    </message>
    <message>
        <location line="+4" />
        <source>authors cannot approve or send back posts</source>
        <translation>ni all awduron gymeradwyo negeseuon na'u hanfon yn ôl</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unknown decision {decision}</source>
        <translation>penderfyniad anhysbys {decision}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>you cannot approve your own submission</source>
        <translation>ni allwch gymeradwyo eich cyflwyniad eich hun</translation>
    </message>
    <message>
        <location line="+4" />
        <source>you cannot approve a submission you have edited</source>
        <translation>ni allwch gymeradwyo cyflwyniad rydych chi wedi'i olygu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>say what needs changing in a comment</source>
        <translation>dywedwch mewn sylw beth sydd angen ei newid</translation>
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} is {state} and is not waiting for a decision</source>
        <translation>mae cyflwyniad {id} {state} ac nid yw'n aros am benderfyniad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} was edited after you read it; read it again before deciding</source>
        <translation>cafodd cyflwyniad {id} ei olygu ar ôl i chi ei ddarllen; darllenwch ef eto cyn penderfynu</translation>
    </message>
    <message>
        <location line="+6" />
        <source>only the author or an approver can edit submission {id}</source>
        <translation>dim ond yr awdur neu gymeradwywr all olygu cyflwyniad {id}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} is already being posted and can no longer be edited</source>
        <translation>mae cyflwyniad {id} eisoes yn cael ei gyhoeddi ac ni ellir ei olygu mwyach</translation>
    </message>
    <message>
        <location line="+2" />
        <source>only a team admin can do that</source>
        <translation>dim ond gweinyddwr y tîm all wneud hynny</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a role is author, approver or admin</source>
        <translation>rhaid i rôl fod yn awdur, yn gymeradwywr neu'n weinyddwr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a user name is lower-case letters, digits, dots, dashes or underscores</source>
        <translation>dim ond llythrennau bach, digidau, atalnodau llawn, cysylltnodau neu danlinellau sydd mewn enw defnyddiwr</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{user} belongs to another team</source>
        <translation>mae {user} yn perthyn i dîm arall</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{user} is a database administrator role</source>
        <translation>mae {user} yn rôl gweinyddwr cronfa ddata</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{user} is a database role outside this team; IT sets its password</source>
        <translation>mae {user} yn rôl cronfa ddata y tu allan i'r tîm hwn; TG sy'n gosod ei gyfrinair</translation>
    </message>
    <message>
        <location line="+4" />
        <source>there is no team policy setting {setting}</source>
        <translation>nid oes gosodiad polisi tîm {setting}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>another Crier took over post {id}</source>
        <translation>cymerodd Crier arall yr awenau ar neges {id}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>post {id} waits for its pair</source>
        <translation>mae neges {id} yn aros am ei phâr</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a pair needs a Welsh and an English account of your team</source>
        <translation>mae pâr angen cyfrif Cymraeg a chyfrif Saesneg o'ch tîm</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a pair needs both a Welsh and an English post</source>
        <translation>mae pâr angen neges Gymraeg a neges Saesneg</translation>
    </message>
    <message>
        <location line="+4" />
        <source>image {n} has no description (alt text)</source>
        <translation>does dim disgrifiad (testun amgen) gan ddelwedd {n}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>image {n} is over 20 MB</source>
        <translation>mae delwedd {n} dros 20 MB</translation>
    </message>
    <message>
        <location line="+3" />
        <source>image {n} is not the PNG, JPEG, GIF or WebP image it says it is</source>
        <translation>nid yw delwedd {n} yn ddelwedd PNG, JPEG, GIF na WebP fel y mae'n honni bod</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a post can carry at most 4 images</source>
        <translation>gall neges gynnwys 4 delwedd ar y mwyaf</translation>
    </message>
    <message>
        <location line="+4" />
        <source>each image needs its description and its bytes</source>
        <translation>mae angen disgrifiad a chynnwys pob delwedd</translation>
    </message>
    <message>
        <location line="+4" />
        <source>submission {id} is {state}, so its images can no longer be changed</source>
        <translation>mae cyflwyniad {id} {state}, felly ni ellir newid ei ddelweddau mwyach</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an image of a submission is never changed, only replaced with the submission</source>
        <translation>ni chaiff delwedd cyflwyniad byth ei newid, dim ond ei disodli gyda'r cyflwyniad</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{user} is not in this team</source>
        <translation>nid yw {user} yn y tîm hwn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{user} does not publish for this account</source>
        <translation>nid yw {user} yn cyhoeddi ar gyfer y cyfrif hwn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the parts of post {id} were recorded already</source>
        <translation>mae rhannau neges {id} wedi'u cofnodi eisoes</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the parts of post {id} are not its approved text</source>
        <translation>nid yw rhannau neges {id} yn cyfateb i'w thestun cymeradwy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>post {id} has {n} parts</source>
        <translation>mae gan neges {id} {n} rhan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a post can be at most {n} characters</source>
        <translation>gall neges fod hyd at {n} nod ar y mwyaf</translation>
    </message>
    <message>
        <location line="+4" />
        <source>a comment or note can be at most {n} characters</source>
        <translation>gall sylw neu nodyn fod hyd at {n} nod ar y mwyaf</translation>
    </message>
    <message>
        <location line="+4" />
        <source>an account's name can be at most {n} characters</source>
        <translation>gall enw cyfrif fod hyd at {n} nod ar y mwyaf</translation>
    </message>
    <message>
        <location filename="../../desktop/core/team/history.py" line="+28" />
        <source>author</source>
        <extracomment>The team roles, as a "person_added" entry names them.</extracomment>
        <translation>awdur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approver</source>
        <translation>cymeradwywr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>admin</source>
        <translation>gweinyddwr</translation>
    </message>
    <message>
        <location line="+7" />
        <source>version {version}</source>
        <extracomment>Each phrase the team database writes (``crier.said``, team migration t0009), by id; its ``{fields}`` are the values the entry keeps, by name. The history shows it after the action ("bob started sending it: attempt 1 by bob").</extracomment>
        <translation>fersiwn {version}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>edited from version {base} while version {current} was current; both are kept</source>
        <translation>golygwyd o fersiwn {base} tra oedd fersiwn {current} yn gyfredol; cedwir y ddwy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>attempt {attempt} by {person}</source>
        <translation>ymgais {attempt} gan {person}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>from {person}</source>
        <translation>oddi wrth {person}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>as {ids}</source>
        <translation>fel {ids}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>waits for submission {id} to be approved</source>
        <translation>yn aros i gyflwyniad {id} gael ei gymeradwyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the Welsh of a pair with submission {id}</source>
        <translation>y Gymraeg mewn pâr gyda chyflwyniad {id}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the English of a pair with submission {id}</source>
        <translation>y Saesneg mewn pâr gyda chyflwyniad {id}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{count} drafts past retention</source>
        <translation>{count} o ddrafftiau y tu hwnt i'r cyfnod cadw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{name} as {role}</source>
        <translation>{name} fel {role}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{network} {handle}</source>
        <translation>{network} {handle}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{setting} = {value}</source>
        <translation>{setting} = {value}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{person}</source>
        <translation>{person}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>image {n}: {alt}</source>
        <translation>delwedd {n}: {alt}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{earlier}; {later}</source>
        <extracomment>How the "images" phrase joins its images' descriptions ("image 1: …; image 2: …").</extracomment>
        <translation>{earlier}; {later}</translation>
    </message>
</context>
<context>
    <name>core.team state</name>
    <message>
        <location filename="../../desktop/core/team/refusals.py" line="-160" />
        <source>submitted</source>
        <extracomment>A submission's state as a refusal names it ("submission 7 is approved and ..."): the database's own English word, so the English sentence is the database's.</extracomment>
        <translation>wedi'i gyflwyno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>resubmitted</source>
        <translation>wedi'i ailgyflwyno</translation>
    </message>
    <message>
        <location line="+1" />
        <source>changes requested</source>
        <translation>wedi'i anfon yn ôl i'w newid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>approved</source>
        <translation>wedi'i gymeradwyo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>queued</source>
        <translation>yn y ciw</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sending</source>
        <translation>yn cael ei anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>sent</source>
        <translation>wedi'i anfon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>cancelled</source>
        <translation>wedi'i ddiddymu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>needs attention</source>
        <translation>angen sylw</translation>
    </message>
</context>
<context>
    <name>core.x</name>
    <message>
        <location filename="../../desktop/core/networks/x/publisher.py" line="+136" />
        <source>X didn't say who the sign-in for {handle} belongs to. Connect the account again in Accounts.</source>
        <extracomment>How far before the post was queued the timeline is searched, for clocks that disagree. X's ids (posts, users, media) are 64-bit snowflakes written in decimal. Parts whose earlier attempt was uncertain, met by find_landed in this run: only their duplicate answer can be their own earlier attempt.</extracomment>
        <translation>Ni ddywedodd X i bwy mae'r mewngofnod ar gyfer {handle} yn perthyn. Cysylltwch y cyfrif eto yn Cyfrifon.</translation>
    </message>
    <message>
        <location line="+33" />
        <source>X accepted the image but didn't say how to refer to it. Crier will try again.</source>
        <translation>Derbyniodd X y ddelwedd ond ni ddywedodd sut i gyfeirio ati. Bydd Crier yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <location line="+16" />
        <source> (reply to your last post)</source>
        <translation> (atebwch eich neges olaf)</translation>
    </message>
    <message>
        <location line="+50" />
        <source>earlier</source>
        <translation>yn gynharach</translation>
    </message>
    <message>
        <location line="+3" />
        <source>X refused this post because {handle} already posted the same text ({when}). Change the wording a little, then send it again.</source>
        <translation>Gwrthododd X y neges hon oherwydd bod {handle} eisoes wedi cyhoeddi'r un testun ({when}). Newidiwch y geiriad ychydig, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/answers.py" line="+59" />
        <source>X no longer accepts Crier's sign-in for {handle}. Connect the account again in Accounts; its posts will wait until then.</source>
        <extracomment>The keys of X's own error bodies (API v2 problem details, v1.1 ``errors``).</extracomment>
        <translation>Nid yw X yn derbyn mewngofnod Crier ar gyfer {handle} mwyach. Cysylltwch y cyfrif eto yn Cyfrifon; bydd ei negeseuon yn aros tan hynny.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X's limit on how much {handle} can post has been reached.</source>
        <translation>Cyrhaeddwyd terfyn X ar faint y gall {handle} ei gyhoeddi.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>X refused because the council's X developer account has run out of API credit (402). X said: {said} Ask whoever manages the X developer account to add credit, then send the post again.</source>
        <translation>Gwrthododd X oherwydd bod credyd API cyfrif datblygwr X y cyngor wedi dod i ben (402). Dywedodd X: {said} Gofynnwch i bwy bynnag sy'n rheoli cyfrif datblygwr X ychwanegu credyd, yna anfonwch y neges eto.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>payment required.</source>
        <translation>mae angen talu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X refused this post because the text is too long. X said: {said} Shorten it, then send it again.</source>
        <translation>Gwrthododd X y neges hon oherwydd bod y testun yn rhy hir. Dywedodd X: {said} Byrhewch hi, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>X didn't allow this (403). X said: {said} Check the post and the account, then send it again.</source>
        <translation>Ni chaniataodd X hyn (403). Dywedodd X: {said} Gwiriwch y neges a'r cyfrif, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>forbidden.</source>
        <translation>gwaharddwyd.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>X refused this post. X said: {said} Edit it, then send it again.</source>
        <translation>Gwrthododd X y neges hon. Dywedodd X: {said} Golygwch hi, yna anfonwch hi eto.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the request was invalid.</source>
        <translation>roedd y cais yn annilys.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>X had a problem on its side ({status}). Crier will try again shortly.</source>
        <translation>Cafodd X broblem ar ei ochr ei hun ({status}). Bydd Crier yn rhoi cynnig arall arni cyn bo hir.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>X answered in a way Crier didn't expect ({status}). X said: {said} Try again; if it keeps happening, send the log file to IT.</source>
        <translation>Atebodd X mewn ffordd nad oedd Crier yn ei disgwyl ({status}). Dywedodd X: {said} Rhowch gynnig arall arni; os yw'n dal i ddigwydd, anfonwch y ffeil log at TG.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>nothing more.</source>
        <translation>dim byd arall.</translation>
    </message>
    <message>
        <location filename="../../desktop/core/networks/x/api.py" line="+140" />
        <source>The X keys are incomplete: {missing} is missing. Copy all four values from the X developer portal and try again.</source>
        <extracomment>Where X's authorise page is; by default derived from CRIER_X_API_BASE when that points at this computer. Refresh when less than this is left of the access token's two hours, so a post never races expiry.</extracomment>
        <translation>Mae allweddi X yn anghyflawn: mae {missing} ar goll. Copïwch y pedwar gwerth o borth datblygwyr X a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The X keys are incomplete: {missing} are missing. Copy all four values from the X developer portal and try again.</source>
        <translation>Mae allweddi X yn anghyflawn: mae {missing} ar goll. Copïwch y pedwar gwerth o borth datblygwyr X a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The X sign-in address {address} ({variable}) must start with https://.</source>
        <translation>Rhaid i gyfeiriad mewngofnodi X {address} ({variable}) ddechrau gyda https://.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>X is limiting how often Crier can ask right now. Wait about 15 minutes and try again.</source>
        <translation>Mae X yn cyfyngu ar ba mor aml y gall Crier ofyn ar hyn o bryd. Arhoswch tua 15 munud a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>X refused the request ({status}). X said: {said} Ask whoever manages the council's X developer app to check its access.</source>
        <translation>Gwrthododd X y cais ({status}). Dywedodd X: {said} Gofynnwch i bwy bynnag sy'n rheoli ap datblygwr X y cyngor wirio ei fynediad.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>X refused the request ({status}). Ask whoever manages the council's X developer app to check its access.</source>
        <translation>Gwrthododd X y cais ({status}). Gofynnwch i bwy bynnag sy'n rheoli ap datblygwr X y cyngor wirio ei fynediad.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>X had a problem on its side ({status}). Try again in a few minutes.</source>
        <translation>Cafodd X broblem ar ei ochr ef ({status}). Rhowch gynnig arall arni ymhen ychydig funudau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{rejected} X said: {said}</source>
        <translation>{rejected} Dywedodd X: {said}</translation>
    </message>
    <message>
        <location line="+29" />
        <source>X rejected these keys. Check that you copied all four from the X developer portal, that the access token and secret were made for the same app as the consumer key, and that they haven't been regenerated since.</source>
        <translation>Gwrthododd X yr allweddi hyn. Gwiriwch eich bod wedi copïo'r pedair o borth datblygwyr X, bod y tocyn mynediad a'i gyfrinach wedi'u gwneud ar gyfer yr un ap â'r allwedd defnyddiwr, ac nad ydyn nhw wedi'u hail-greu ers hynny.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>X didn't accept this sign-in. Connect the account again.</source>
        <translation>Wnaeth X ddim derbyn y mewngofnodi hwn. Cysylltwch y cyfrif eto.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="+31" />
        <source>Same as the computer</source>
        <translation>Yr un fath â'r cyfrifiadur</translation>
    </message>
</context>
</TS>
