<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Accept an invitation</translation>
    </message>
    <message>
        <source>Paste the invitation token the project&apos;s Owner sent you, and choose your name and password.</source>
        <translation>Paste the invitation token the project&apos;s Owner sent you, and choose your name and password.</translation>
    </message>
    <message>
        <source>Invitation &amp;token</source>
        <translation>Invitation &amp;token</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Your &amp;name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Repeat the password</translation>
    </message>
    <message>
        <source>Accept and sign in</source>
        <translation>Accept and sign in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Accepting the invitation…</source>
        <translation>Accepting the invitation…</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>The passwords match.</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>C&amp;urrent password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Your sessions</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere else</source>
        <translation>Sign out &amp;everywhere else</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Too short: at least %n character.</numerusform>
            <numerusform>Too short: at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: a longer password, or one mixing letters, digits and signs, is harder to guess.</source>
        <translation>Weak: a longer password, or one mixing letters, digits and signs, is harder to guess.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Fair.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <source>Password changed. Every other session has been signed out.</source>
        <translation>Password changed. Every other session has been signed out.</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Loading your sessions…</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Sign out the session created %1</source>
        <translation>Sign out the session created %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the invitation token</source>
        <translation>Copy the invitation token</translation>
    </message>
    <message>
        <source>%1 has no account yet. Send them this invitation token: it is shown only once and is valid for 7 days. They choose &quot;I have an invitation&quot; when signing in.</source>
        <translation>%1 has no account yet. Send them this invitation token: it is shown only once and is valid for 7 days. They choose &quot;I have an invitation&quot; when signing in.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add %1 &lt;%2&gt; to the project as %3?</source>
        <translation>Add %1 &lt;%2&gt; to the project as %3?</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Adding the member…</translation>
    </message>
    <message>
        <source>%1 is now a member of the project.</source>
        <translation>%1 is now a member of the project.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot connect to the server. Check the server address and that the server is running.</source>
        <translation>Cannot connect to the server. Check the server address and that the server is running.</translation>
    </message>
    <message>
        <source>The server address was not found. Check the server address.</source>
        <translation>The server address was not found. Check the server address.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted before the answer was complete.</source>
        <translation>The connection to the server was interrupted before the answer was complete.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>A secure connection to the server could not be established.</translation>
    </message>
    <message>
        <source>The server address is not a valid http:// or https:// address.</source>
        <translation>The server address is not a valid http:// or https:// address.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>The server could not be reached. Check your network connection.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>The e-mail or password is not correct.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Your role in this project does not give access to this.</source>
        <translation>Your role in this project does not give access to this.</translation>
    </message>
    <message>
        <source>Not found: the project does not exist or you are not a member of it.</source>
        <translation>Not found: the project does not exist or you are not a member of it.</translation>
    </message>
    <message>
        <source>The server did not accept the data you entered.</source>
        <translation>The server did not accept the data you entered.</translation>
    </message>
    <message>
        <source>There are not enough funds for this operation.</source>
        <translation>There are not enough funds for this operation.</translation>
    </message>
    <message>
        <source>The project is not eligible for credit funds yet.</source>
        <translation>The project is not eligible for credit funds yet.</translation>
    </message>
    <message>
        <source>The amount is above the credit limit of the project.</source>
        <translation>The amount is above the credit limit of the project.</translation>
    </message>
    <message>
        <source>The project already has active credit funds.</source>
        <translation>The project already has active credit funds.</translation>
    </message>
    <message>
        <source>This request was already sent with different data. Start a new request.</source>
        <translation>This request was already sent with different data. Start a new request.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Too many attempts. Wait a minute and try again.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state. Refresh and try again.</source>
        <translation>The request conflicts with the current state. Refresh and try again.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>The server had an internal problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>The server did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>The server sent an answer the cabinet cannot read. The server may be misconfigured or an older version.</source>
        <translation>The server sent an answer the cabinet cannot read. The server may be misconfigured or an older version.</translation>
    </message>
    <message>
        <source>There is no saved card: make a card top-up with &quot;Save this card for auto top-up&quot; first.</source>
        <translation>There is no saved card: make a card top-up with &quot;Save this card for auto top-up&quot; first.</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>The request is too large for the server.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>UniTalk staff</source>
        <translation>UniTalk staff</translation>
    </message>
    <message>
        <source>UniTalk staff (%1)</source>
        <translation>UniTalk staff (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Top-ups</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Bonuses</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Adjustments</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>Referral program</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Who did what in %1, newest first.</source>
        <translation>Who did what in %1, newest first.</translation>
    </message>
    <message>
        <source>Who did what in %1, newest first. Referral program actions are shown to the Owner only.</source>
        <translation>Who did what in %1, newest first. Referral program actions are shown to the Owner only.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Export to CSV…</translation>
    </message>
    <message>
        <source>name or prefix</source>
        <translation>name or prefix</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Every action</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Loading the audit log…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>No entries match these filters.</translation>
    </message>
    <message>
        <source>audit-%1.csv</source>
        <translation>audit-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>Exporting… %n entry</numerusform>
            <numerusform>Exporting… %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entry written to %1.</numerusform>
            <numerusform>%n entries written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Auto top-up</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Saved card</translation>
    </message>
    <message>
        <source>Low-balance alert</source>
        <translation>Low-balance alert</translation>
    </message>
</context>
<context>
    <name>AutoTopUpDialog</name>
    <message>
        <source>&amp;Top up automatically from the saved card</source>
        <translation>&amp;Top up automatically from the saved card</translation>
    </message>
    <message>
        <source>&amp;Warn me when the main balance falls below</source>
        <translation>&amp;Warn me when the main balance falls below</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Remove card</translation>
    </message>
    <message>
        <source>Auto top-up and alerts</source>
        <translation>Auto top-up and alerts</translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Auto top-up</translation>
    </message>
    <message>
        <source>When the main balance falls below the threshold, the saved card is charged with the amount once; the next time only after the balance has been at or above the threshold again.</source>
        <translation>When the main balance falls below the threshold, the saved card is charged with the amount once; the next time only after the balance has been at or above the threshold again.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Top-up amount</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Alert threshold</translation>
    </message>
    <message>
        <source>When the main balance falls &amp;below</source>
        <translation>When the main balance falls &amp;below</translation>
    </message>
    <message>
        <source>Top up &amp;by</source>
        <translation>Top up &amp;by</translation>
    </message>
    <message>
        <source>Low-balance alert</source>
        <translation>Low-balance alert</translation>
    </message>
    <message>
        <source>The bell and a desktop notification tell you when it happens.</source>
        <translation>The bell and a desktop notification tell you when it happens.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <source>Remove the saved card %1? Auto top-up is turned off with it.</source>
        <translation>Remove the saved card %1? Auto top-up is turned off with it.</translation>
    </message>
    <message>
        <source>Loading the settings…</source>
        <translation>Loading the settings…</translation>
    </message>
    <message>
        <source>Saved card: %1</source>
        <translation>Saved card: %1</translation>
    </message>
    <message>
        <source>No saved card. Top up by bank card once with &quot;Save this card for auto top-up&quot; ticked.</source>
        <translation>No saved card. Top up by bank card once with &quot;Save this card for auto top-up&quot; ticked.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Removing the card…</translation>
    </message>
    <message>
        <source>The card was removed and auto top-up turned off.</source>
        <translation>The card was removed and auto top-up turned off.</translation>
    </message>
    <message>
        <source>Nothing has changed; nothing to save.</source>
        <translation>Nothing has changed; nothing to save.</translation>
    </message>
</context>
<context>
    <name>BalanceCards</name>
    <message>
        <source>Main balance</source>
        <translation>Main balance</translation>
    </message>
    <message>
        <source>Bonus balance</source>
        <translation>Bonus balance</translation>
    </message>
    <message>
        <source>Credit funds</source>
        <translation>Credit funds</translation>
    </message>
    <message>
        <source>Personal funds: pays for every service</source>
        <translation>Personal funds: pays for every service</translation>
    </message>
    <message>
        <source>Spent first, on service subscriptions only</source>
        <translation>Spent first, on service subscriptions only</translation>
    </message>
    <message>
        <source>No active credit</source>
        <translation>No active credit</translation>
    </message>
    <message>
        <source>Debt: the next top-ups repay it first</source>
        <translation>Debt: the next top-ups repay it first</translation>
    </message>
    <message>
        <source>Granted %1 · used %2</source>
        <translation>Granted %1 · used %2</translation>
    </message>
    <message>
        <source>⚠ Due %1: unspent credit is withdrawn, used credit becomes a debt</source>
        <translation>⚠ Due %1: unspent credit is withdrawn, used credit becomes a debt</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Less than a day left at your average spend</source>
        <translation>Less than a day left at your average spend</translation>
    </message>
    <message numerus="yes">
        <source>About %n day(s) left at your average spend</source>
        <translation>
            <numerusform>About %n day left at your average spend</numerusform>
            <numerusform>About %n days left at your average spend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average spend: %1 a day over the last %n day(s)</source>
        <translation>
            <numerusform>Average spend: %1 a day over the last %n day</numerusform>
            <numerusform>Average spend: %1 a day over the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Below zero: top up to pay for services</source>
        <translation>⚠ Below zero: top up to pay for services</translation>
    </message>
    <message>
        <source>⚠ Low balance: below your alert threshold of %1</source>
        <translation>⚠ Low balance: below your alert threshold of %1</translation>
    </message>
</context>
<context>
    <name>BalanceChartsPanel</name>
    <message>
        <source>Spend by category per month</source>
        <translation>Spend by category per month</translation>
    </message>
    <message>
        <source>Balance at the end of each day</source>
        <translation>Balance at the end of each day</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Chart period</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Loading the charts…</source>
        <translation>Loading the charts…</translation>
    </message>
    <message>
        <source>Balance at the end of each day, %1</source>
        <translation>Balance at the end of each day, %1</translation>
    </message>
    <message>
        <source>Spend by category per month, last 12 months, %1</source>
        <translation>Spend by category per month, last 12 months, %1</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Balance over time</translation>
    </message>
    <message>
        <source>%1
Main: %2
Bonus: %3
Credit available: %4</source>
        <translation>%1
Main: %2
Bonus: %3
Credit available: %4</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Finance, Balance</source>
        <translation>Finance, Balance</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load the balances and the history again (also done every minute)</source>
        <translation>Load the balances and the history again (also done every minute)</translation>
    </message>
    <message>
        <source>Request &amp;credit…</source>
        <translation>Request &amp;credit…</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Top up…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Custom period…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>All balances</source>
        <translation>All balances</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>All operations</translation>
    </message>
    <message>
        <source>Search loaded entries</source>
        <translation>Search loaded entries</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Search the history</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>Balance history</translation>
    </message>
    <message>
        <source>Loading balances…</source>
        <translation>Loading balances…</translation>
    </message>
    <message>
        <source>Could not refresh the balances: %1</source>
        <translation>Could not refresh the balances: %1</translation>
    </message>
    <message>
        <source>%1 · updated at %2</source>
        <translation>%1 · updated at %2</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>Loading more entries…</source>
        <translation>Loading more entries…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n entries saved on this computer.</source>
        <translation>
            <numerusform>Offline: %n entry saved on this computer.</numerusform>
            <numerusform>Offline: %n entries saved on this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No operations for the selected filters.</source>
        <translation>No operations for the selected filters.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries among the %1 loaded; scroll down to load more.</source>
        <translation>
            <numerusform>%n matching entry among the %1 loaded; scroll down to load more.</numerusform>
            <numerusform>%n matching entries among the %1 loaded; scroll down to load more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries loaded; scroll down to load more.</source>
        <translation>
            <numerusform>%n entry loaded; scroll down to load more.</numerusform>
            <numerusform>%n entries loaded; scroll down to load more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>Not available offline: the server cannot be reached.</translation>
    </message>
    <message>
        <source>%1 · saved figures from %2</source>
        <translation>%1 · saved figures from %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n saved entries loaded; scroll down to load more.</source>
        <translation>
            <numerusform>Offline: %n saved entry loaded; scroll down to load more.</numerusform>
            <numerusform>Offline: %n saved entries loaded; scroll down to load more.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who will pay this?</source>
        <translation>&amp;Who will pay this?</translation>
    </message>
    <message>
        <source>See which balances would pay for a service, before it is charged</source>
        <translation>See which balances would pay for a service, before it is charged</translation>
    </message>
    <message>
        <source>&amp;Auto top-up…</source>
        <translation>&amp;Auto top-up…</translation>
    </message>
    <message>
        <source>Top up from a saved card when the balance runs low; low-balance alert</source>
        <translation>Top up from a saved card when the balance runs low; low-balance alert</translation>
    </message>
</context>
<context>
    <name>CachedStatement</name>
    <message>
        <source>The offline cache may not hold every entry of this period.</source>
        <translation>The offline cache may not hold every entry of this period.</translation>
    </message>
    <message>
        <source>The offline cache holds this period only up to %1; later entries may be missing.</source>
        <translation>The offline cache holds this period only up to %1; later entries may be missing.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>Enter the card number.</source>
        <translation>Enter the card number.</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>A card number has digits only.</translation>
    </message>
    <message>
        <source>Too short: a card number has %1 to %2 digits.</source>
        <translation>Too short: a card number has %1 to %2 digits.</translation>
    </message>
    <message>
        <source>Too long: a card number has %1 to %2 digits.</source>
        <translation>Too long: a card number has %1 to %2 digits.</translation>
    </message>
    <message>
        <source>This is not a valid card number: check the digits.</source>
        <translation>This is not a valid card number: check the digits.</translation>
    </message>
</context>
<context>
    <name>CreditRequestDialog</name>
    <message>
        <source>Request credit funds</source>
        <translation>Request credit funds</translation>
    </message>
    <message>
        <source>Credit funds are granted by UniTalk staff on request, for up to 5 days, up to 30% of the project&apos;s average monthly spend. They pay for every service.</source>
        <translation>Credit funds are granted by UniTalk staff on request, for up to 5 days, up to 30% of the project&apos;s average monthly spend. They pay for every service.</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Credit amount</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Term in days</source>
        <translation>Term in days</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Term</translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation>Send &amp;request</translation>
    </message>
    <message>
        <source>Checking eligibility…</source>
        <translation>Checking eligibility…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Using the service for %n days</source>
        <translation>
            <numerusform>Using the service for %n day</numerusform>
            <numerusform>Using the service for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n top-ups totalling %1</source>
        <translation>
            <numerusform>%n top-up totalling %1</numerusform>
            <numerusform>%n top-ups totalling %1</numerusform>
        </translation>
    </message>
    <message>
        <source>average monthly spend %1</source>
        <translation>average monthly spend %1</translation>
    </message>
    <message numerus="yes">
        <source>You can request up to %1 for up to %n days.</source>
        <translation>
            <numerusform>You can request up to %1 for up to %n day.</numerusform>
            <numerusform>You can request up to %1 for up to %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is not eligible for credit funds yet.</source>
        <translation>The project is not eligible for credit funds yet.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Sending the request…</translation>
    </message>
    <message>
        <source>Request No. %1 was sent (status: %2). UniTalk staff will review it; granted credit appears on the Balance page.</source>
        <translation>Request No. %1 was sent (status: %2). UniTalk staff will review it; granted credit appears on the Balance page.</translation>
    </message>
</context>
<context>
    <name>CreditRequestsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Low main balance</source>
        <translation>Low main balance</translation>
    </message>
    <message>
        <source>Credit funds due soon</source>
        <translation>Credit funds due soon</translation>
    </message>
    <message>
        <source>Credit term ended</source>
        <translation>Credit term ended</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Top-up paid</translation>
    </message>
    <message>
        <source>Auto top-up started</source>
        <translation>Auto top-up started</translation>
    </message>
    <message>
        <source>Auto top-up failed</source>
        <translation>Auto top-up failed</translation>
    </message>
    <message>
        <source>Referral withdrawal completed</source>
        <translation>Referral withdrawal completed</translation>
    </message>
    <message>
        <source>Referral withdrawal rejected</source>
        <translation>Referral withdrawal rejected</translation>
    </message>
    <message>
        <source>Notification (%1)</source>
        <translation>Notification (%1)</translation>
    </message>
    <message>
        <source>The main balance is %1, below your alert threshold of %2.</source>
        <translation>The main balance is %1, below your alert threshold of %2.</translation>
    </message>
    <message>
        <source>The main balance fell below your alert threshold.</source>
        <translation>The main balance fell below your alert threshold.</translation>
    </message>
    <message>
        <source>Within a day unspent credit is withdrawn and used credit becomes a debt.</source>
        <translation>Within a day unspent credit is withdrawn and used credit becomes a debt.</translation>
    </message>
    <message>
        <source>Due %1: unspent credit is withdrawn and used credit becomes a debt.</source>
        <translation>Due %1: unspent credit is withdrawn and used credit becomes a debt.</translation>
    </message>
    <message>
        <source>Unspent credit was withdrawn; %1 of used credit is now a debt on the main balance.</source>
        <translation>Unspent credit was withdrawn; %1 of used credit is now a debt on the main balance.</translation>
    </message>
    <message>
        <source>Unspent credit funds were withdrawn.</source>
        <translation>Unspent credit funds were withdrawn.</translation>
    </message>
    <message>
        <source>A top-up was credited to the main balance.</source>
        <translation>A top-up was credited to the main balance.</translation>
    </message>
    <message>
        <source>%1 was credited to the main balance.</source>
        <translation>%1 was credited to the main balance.</translation>
    </message>
    <message>
        <source>The main balance fell below the auto top-up threshold: a payment from the saved card started.</source>
        <translation>The main balance fell below the auto top-up threshold: a payment from the saved card started.</translation>
    </message>
    <message>
        <source>The main balance fell below the auto top-up threshold: a payment of %1 from the saved card started.</source>
        <translation>The main balance fell below the auto top-up threshold: a payment of %1 from the saved card started.</translation>
    </message>
    <message>
        <source>The payment from the saved card did not go through. Top up by hand or check the card.</source>
        <translation>The payment from the saved card did not go through. Top up by hand or check the card.</translation>
    </message>
    <message>
        <source>The payment of %1 from the saved card did not go through. Top up by hand or check the card.</source>
        <translation>The payment of %1 from the saved card did not go through. Top up by hand or check the card.</translation>
    </message>
    <message>
        <source>A referral withdrawal was paid out.</source>
        <translation>A referral withdrawal was paid out.</translation>
    </message>
    <message>
        <source>%1 of the referral balance was paid out.</source>
        <translation>%1 of the referral balance was paid out.</translation>
    </message>
    <message>
        <source>A referral withdrawal was rejected; the amount is back on the referral balance.</source>
        <translation>A referral withdrawal was rejected; the amount is back on the referral balance.</translation>
    </message>
    <message>
        <source>The withdrawal of %1 was rejected; the amount is back on the referral balance.</source>
        <translation>The withdrawal of %1 was rejected; the amount is back on the referral balance.</translation>
    </message>
</context>
<context>
    <name>HistorySync</name>
    <message>
        <source>Cannot write the offline cache: %1</source>
        <translation>Cannot write the offline cache: %1</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Invoice No. %1</source>
        <translation>Invoice No. %1</translation>
    </message>
    <message>
        <source>UniTalk: cloud telephony</source>
        <translation>UniTalk: cloud telephony</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>Payment purpose</translation>
    </message>
    <message>
        <source>Telecommunication services, invoice No. %1</source>
        <translation>Telecommunication services, invoice No. %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Bank transfer from any Ukrainian bank</source>
        <translation>Bank transfer from any Ukrainian bank</translation>
    </message>
    <message>
        <source>The amount is credited to the main balance when the payment arrives, usually within 3 business days.</source>
        <translation>The amount is credited to the main balance when the payment arrives, usually within 3 business days.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the PDF file %1.</source>
        <translation>Cannot create the PDF file %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceSaving</name>
    <message>
        <source>invoice-%1.pdf</source>
        <translation>invoice-%1.pdf</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Save invoice</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>The system keyring did not answer.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Bonus credited</source>
        <translation>Bonus credited</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Credit granted</source>
        <translation>Credit granted</translation>
    </message>
    <message>
        <source>Credit repayment</source>
        <translation>Credit repayment</translation>
    </message>
    <message>
        <source>Credit term ended</source>
        <translation>Credit term ended</translation>
    </message>
    <message>
        <source>Referral transfer</source>
        <translation>Referral transfer</translation>
    </message>
    <message>
        <source>Service subscription</source>
        <translation>Service subscription</translation>
    </message>
    <message>
        <source>Number subscription</source>
        <translation>Number subscription</translation>
    </message>
    <message>
        <source>Number connection</source>
        <translation>Number connection</translation>
    </message>
    <message>
        <source>Outgoing calls (rented number)</source>
        <translation>Outgoing calls (rented number)</translation>
    </message>
    <message>
        <source>Guaranteed dialing</source>
        <translation>Guaranteed dialing</translation>
    </message>
    <message>
        <source>Autodialer</source>
        <translation>Autodialer</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API calls</translation>
    </message>
    <message>
        <source>Answering machine detection</source>
        <translation>Answering machine detection</translation>
    </message>
    <message>
        <source>SMS notifications</source>
        <translation>SMS notifications</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Balance adjustment</source>
        <translation>Balance adjustment</translation>
    </message>
    <message>
        <source>Top-up requested</source>
        <translation>Top-up requested</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Top-up paid</translation>
    </message>
    <message>
        <source>Top-up failed</source>
        <translation>Top-up failed</translation>
    </message>
    <message>
        <source>Credit requested</source>
        <translation>Credit requested</translation>
    </message>
    <message>
        <source>Credit request rejected</source>
        <translation>Credit request rejected</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Member added</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Member&apos;s role changed</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Member removed</translation>
    </message>
    <message>
        <source>Referral withdrawal requested</source>
        <translation>Referral withdrawal requested</translation>
    </message>
    <message>
        <source>Referral withdrawal completed</source>
        <translation>Referral withdrawal completed</translation>
    </message>
    <message>
        <source>Referral withdrawal rejected</source>
        <translation>Referral withdrawal rejected</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>term, days</source>
        <translation>term, days</translation>
    </message>
    <message>
        <source>debt moved to main</source>
        <translation>debt moved to main</translation>
    </message>
    <message>
        <source>unspent credit withdrawn</source>
        <translation>unspent credit withdrawn</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>top-up</source>
        <translation>top-up</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>credit</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Auto top-up</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Waiting for a decision</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Top-up cancelled</source>
        <translation>Top-up cancelled</translation>
    </message>
    <message>
        <source>Auto top-up opened</source>
        <translation>Auto top-up opened</translation>
    </message>
    <message>
        <source>Saved card removed</source>
        <translation>Saved card removed</translation>
    </message>
    <message>
        <source>Auto top-up settings changed</source>
        <translation>Auto top-up settings changed</translation>
    </message>
    <message>
        <source>Low-balance alert changed</source>
        <translation>Low-balance alert changed</translation>
    </message>
    <message>
        <source>Credit request cancelled</source>
        <translation>Credit request cancelled</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>low-balance threshold</source>
        <translation>low-balance threshold</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UniTalk Cabinet</source>
        <translation>UniTalk Cabinet</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>No system keyring: you will need to sign in again next time.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>Current project</source>
        <translation>Current project</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — UniTalk Cabinet</source>
        <translation>%1 — UniTalk Cabinet</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <translation>Referral Program</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sign out of UniTalk Cabinet?</source>
        <translation>Sign out of UniTalk Cabinet?</translation>
    </message>
    <message>
        <source>Also delete the offline copy of the figures on this computer</source>
        <translation>Also delete the offline copy of the figures on this computer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s): open the bell to read them.</source>
        <translation>
            <numerusform>%n new notification: open the bell to read it.</numerusform>
            <numerusform>%n new notifications: open the bell to read them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top-ups &amp; requests</source>
        <translation>Top-ups &amp; requests</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>The amount must be positive.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>&quot;%1&quot; is not an amount.</translation>
    </message>
    <message>
        <source>Use at most two digits after the decimal point.</source>
        <translation>Use at most two digits after the decimal point.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>The minimum is %1.</source>
        <translation>The minimum is %1.</translation>
    </message>
    <message>
        <source>The maximum is %1.</source>
        <translation>The maximum is %1.</translation>
    </message>
</context>
<context>
    <name>MonthlyBarsChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3
Month total: %4</source>
        <translation>%1, %2: %3
Month total: %4</translation>
    </message>
</context>
<context>
    <name>NoFinanceAccessPage</name>
    <message>
        <source>No access to finances</source>
        <translation>No access to finances</translation>
    </message>
    <message>
        <source>Your role in %1 is %2. Balances, top-ups, credit and the referral program are available to the project&apos;s Owner and Administrators.
Ask the Owner of the project if you need access. You can still see the project&apos;s members under Users.</source>
        <translation>Your role in %1 is %2. Balances, top-ups, credit and the referral program are available to the project&apos;s Owner and Administrators.
Ask the Owner of the project if you need access. You can still see the project&apos;s members under Users.</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Mark all as &amp;read</translation>
    </message>
    <message>
        <source>No notifications yet. Payments, low balance, auto top-up and credit dates show up here and on the desktop.</source>
        <translation>No notifications yet. Payments, low balance, auto top-up and credit dates show up here and on the desktop.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline since %1.&lt;/b&gt; Showing the figures saved on this computer, read-only.</source>
        <translation>&lt;b&gt;Offline since %1.&lt;/b&gt; Showing the figures saved on this computer, read-only.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Top-ups and credit requests wait until the connection is back; the cabinet retries by itself and catches up.</source>
        <translation>The server cannot be reached. Top-ups and credit requests wait until the connection is back; the cabinet retries by itself and catches up.</translation>
    </message>
</context>
<context>
    <name>OfflineCache</name>
    <message>
        <source>There is no cache for this project yet.</source>
        <translation>There is no cache for this project yet.</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>The cache is not open.</translation>
    </message>
    <message>
        <source>Refused a history entry that is not of the main, bonus or credit balance.</source>
        <translation>Refused a history entry that is not of the main, bonus or credit balance.</translation>
    </message>
    <message>
        <source>Referral data is kept only for the project&apos;s Owner.</source>
        <translation>Referral data is kept only for the project&apos;s Owner.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Finance, Top-ups and requests</source>
        <translation>Finance, Top-ups and requests</translation>
    </message>
    <message>
        <source>Top-ups &amp; requests</source>
        <translation>Top-ups &amp; requests</translation>
    </message>
    <message>
        <source>Your invoices, card and automatic payments and your credit requests, with what became of them. A pending invoice or credit request can be cancelled.</source>
        <translation>Your invoices, card and automatic payments and your credit requests, with what became of them. A pending invoice or credit request can be cancelled.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Top-&amp;ups</source>
        <translation>Top-&amp;ups</translation>
    </message>
    <message>
        <source>Credit re&amp;quests</source>
        <translation>Credit re&amp;quests</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Top-ups</translation>
    </message>
    <message>
        <source>&amp;Save invoice as PDF…</source>
        <translation>&amp;Save invoice as PDF…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Cancel &amp;invoice…</translation>
    </message>
    <message>
        <source>Cancel a pending invoice you no longer mean to pay</source>
        <translation>Cancel a pending invoice you no longer mean to pay</translation>
    </message>
    <message>
        <source>Credit requests</source>
        <translation>Credit requests</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation>Cancel re&amp;quest…</translation>
    </message>
    <message>
        <source>Withdraw a credit request staff have not decided yet</source>
        <translation>Withdraw a credit request staff have not decided yet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>No top-ups yet.</source>
        <translation>No top-ups yet.</translation>
    </message>
    <message>
        <source>No credit requests yet.</source>
        <translation>No credit requests yet.</translation>
    </message>
    <message>
        <source>Cancel the credit request for %1? Staff will not consider it any more.</source>
        <translation>Cancel the credit request for %1? Staff will not consider it any more.</translation>
    </message>
    <message>
        <source>Cancel invoice No. %1 for %2? Do not pay it after cancelling.</source>
        <translation>Cancel invoice No. %1 for %2? Do not pay it after cancelling.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Cancel invoice</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Invoice No. %1 was cancelled.</source>
        <translation>Invoice No. %1 was cancelled.</translation>
    </message>
    <message>
        <source>The credit request was cancelled.</source>
        <translation>The credit request was cancelled.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the list; nothing was cancelled.</source>
        <translation>This invoice is no longer in the list; nothing was cancelled.</translation>
    </message>
    <message>
        <source>Invoice No. %1 is no longer pending; nothing was cancelled.</source>
        <translation>Invoice No. %1 is no longer pending; nothing was cancelled.</translation>
    </message>
    <message>
        <source>This credit request is no longer in the list; nothing was cancelled.</source>
        <translation>This credit request is no longer in the list; nothing was cancelled.</translation>
    </message>
    <message>
        <source>This credit request is no longer pending; nothing was cancelled.</source>
        <translation>This credit request is no longer pending; nothing was cancelled.</translation>
    </message>
    <message>
        <source>This top-up can no longer be cancelled: %1</source>
        <translation>This top-up can no longer be cancelled: %1</translation>
    </message>
    <message>
        <source>Invoice No. %1 can no longer be cancelled: %2</source>
        <translation>Invoice No. %1 can no longer be cancelled: %2</translation>
    </message>
    <message>
        <source>This credit request can no longer be cancelled: %1</source>
        <translation>This credit request can no longer be cancelled: %1</translation>
    </message>
</context>
<context>
    <name>PdfStatementWriter</name>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Statement %1 – %2</translation>
    </message>
    <message>
        <source>Project %1 · Balances: %2 · Currency: %3</source>
        <translation>Project %1 · Balances: %2 · Currency: %3</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Generated %1 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Cannot create a temporary file: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Cannot write a temporary file: %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Warning: the figures do not add up (%1).</source>
        <translation>Warning: the figures do not add up (%1).</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>Debited</source>
        <translation>Debited</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Totals by category</source>
        <translation>Totals by category</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Totals by kind</translation>
    </message>
    <message>
        <source>The statement is too long for one PDF; export a shorter period.</source>
        <translation>The statement is too long for one PDF; export a shorter period.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>the PDF could not be started.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>No entries in this period.</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Cannot read a temporary file: %1</translation>
    </message>
</context>
<context>
    <name>ProjectChooserPage</name>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Open project</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Choose a project</translation>
    </message>
    <message>
        <source>You are a member of several projects. Your role decides what you see in each.</source>
        <translation>You are a member of several projects. Your role decides what you see in each.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>You are not a member of any project yet. Ask the project&apos;s Owner to add you.</source>
        <translation>You are not a member of any project yet. Ask the project&apos;s Owner to add you.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, role %2</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryModel</name>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Payout returned</source>
        <translation>Payout returned</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Bank card</translation>
    </message>
    <message>
        <source>Own main balance</source>
        <translation>Own main balance</translation>
    </message>
    <message>
        <source>Another project</source>
        <translation>Another project</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 No. %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Finance, Referral Program</source>
        <translation>Finance, Referral Program</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <translation>Referral Program</translation>
    </message>
    <message>
        <source>Invite other companies with your code or link: you earn a commission every time their main or credit balance is charged. Only the Owner sees this page.</source>
        <translation>Invite other companies with your code or link: you earn a commission every time their main or credit balance is charged. Only the Owner sees this page.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Earned in total</source>
        <translation>Earned in total</translation>
    </message>
    <message>
        <source>Referred projects</source>
        <translation>Referred projects</translation>
    </message>
    <message>
        <source>Commission earned per month</source>
        <translation>Commission earned per month</translation>
    </message>
    <message>
        <source>Commission earned</source>
        <translation>Commission earned</translation>
    </message>
    <message>
        <source>Commission per month, last 12 months</source>
        <translation>Commission per month, last 12 months</translation>
    </message>
    <message>
        <source>Referral link</source>
        <translation>Referral link</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>Copy the referral code</source>
        <translation>Copy the referral code</translation>
    </message>
    <message>
        <source>Copy the referral link</source>
        <translation>Copy the referral link</translation>
    </message>
    <message>
        <source>Referral balance</source>
        <translation>Referral balance</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation>Your referral code</translation>
    </message>
    <message>
        <source>History of the referral balance</source>
        <translation>History of the referral balance</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>No commission yet: share your link to invite companies.</source>
        <translation>No commission yet: share your link to invite companies.</translation>
    </message>
    <message>
        <source>Loading the referral program…</source>
        <translation>Loading the referral program…</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>Not available offline: the server cannot be reached.</translation>
    </message>
    <message>
        <source>Offline: the referral figures saved on this computer.</source>
        <translation>Offline: the referral figures saved on this computer.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>%1 · statement of the main, bonus and credit balances for a period</source>
        <translation>%1 · statement of the main, bonus and credit balances for a period</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>All balances</source>
        <translation>All balances</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Balance</translation>
    </message>
    <message>
        <source>CSV (text, RFC 4180)</source>
        <translation>CSV (text, RFC 4180)</translation>
    </message>
    <message>
        <source>PDF (A4, for printing)</source>
        <translation>PDF (A4, for printing)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel workbook)</translation>
    </message>
    <message>
        <source>UTF-8 B&amp;OM for spreadsheets</source>
        <translation>UTF-8 B&amp;OM for spreadsheets</translation>
    </message>
    <message>
        <source>Lets Excel read Cyrillic text in the CSV correctly; leave it off for other programs.</source>
        <translation>Lets Excel read Cyrillic text in the CSV correctly; leave it off for other programs.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Save &amp;as</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Save the statement</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>The first day of the period is after the last one.</source>
        <translation>The first day of the period is after the last one.</translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation>Choose where to save the statement.</translation>
    </message>
    <message>
        <source>Cannot open the offline cache: %1</source>
        <translation>Cannot open the offline cache: %1</translation>
    </message>
    <message>
        <source>Bringing the history of the period up to date…</source>
        <translation>Bringing the history of the period up to date…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Writing the statement…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries fetched</source>
        <translation>
            <numerusform>%n entry fetched</numerusform>
            <numerusform>%n entries fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries</source>
        <translation>
            <numerusform>%1 of %2 entry</numerusform>
            <numerusform>%1 of %2 entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Saved to %1. %2</source>
        <translation>Saved to %1. %2</translation>
    </message>
    <message>
        <source>Let other users of this computer read the file</source>
        <translation>Let other users of this computer read the file</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Unknown role</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Your session has ended. Please sign in again.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://cabinet.example.com.</source>
        <translation>Enter the server address, for example https://cabinet.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// sends your password and session unencrypted, so it is allowed only for this computer (localhost). Use https://%1 instead.</source>
        <translation>Plain http:// sends your password and session unencrypted, so it is allowed only for this computer (localhost). Use https://%1 instead.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Signed in as</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Apply and sign in again</source>
        <translation>&amp;Apply and sign in again</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Kept in the system keyring: you stay signed in after a restart.</source>
        <translation>Kept in the system keyring: you stay signed in after a restart.</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>No system keyring: you will need to sign in again next time.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>UniTalk Cabinet</source>
        <translation>UniTalk Cabinet</translation>
    </message>
    <message>
        <source>Sign in to see your project&apos;s balances and users.</source>
        <translation>Sign in to see your project&apos;s balances and users.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>No system keyring: you will need to sign in again next time.</translation>
    </message>
    <message>
        <source>Enter your e-mail and password.</source>
        <translation>Enter your e-mail and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>I have an &amp;invitation…</source>
        <translation>I have an &amp;invitation…</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>StatementExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Cannot read the statement: %1</source>
        <translation>Cannot read the statement: %1</translation>
    </message>
</context>
<context>
    <name>StatementJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the statement was made from the offline cache.</source>
        <translation>The server cannot be reached: the statement was made from the offline cache.</translation>
    </message>
</context>
<context>
    <name>StatementTotals</name>
    <message>
        <source>The statement&apos;s totals exceed the 64-bit range.</source>
        <translation>The statement&apos;s totals exceed the 64-bit range.</translation>
    </message>
    <message>
        <source>%1: opening %2 + movements %3 ≠ closing %4</source>
        <translation>%1: opening %2 + movements %3 ≠ closing %4</translation>
    </message>
</context>
<context>
    <name>StatementWriter</name>
    <message>
        <source>Entry %1 is on the &quot;%2&quot; balance, which this statement (%3) does not cover.</source>
        <translation>Entry %1 is on the &quot;%2&quot; balance, which this statement (%3) does not cover.</translation>
    </message>
    <message>
        <source>The statement was already started.</source>
        <translation>The statement was already started.</translation>
    </message>
    <message>
        <source>The statement is not open for writing.</source>
        <translation>The statement is not open for writing.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 has a time outside the years 0000 to 9999, which a statement cannot show.</source>
        <translation>Entry %1 has a time outside the years 0000 to 9999, which a statement cannot show.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Retry loading</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up the main balance</source>
        <translation>Top up the main balance</translation>
    </message>
    <message>
        <source>Funds are credited to the main balance of %1. Used credit is repaid first.</source>
        <translation>Funds are credited to the main balance of %1. Used credit is repaid first.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Bank card (credited as soon as the payment is confirmed)</source>
        <translation>Bank card (credited as soon as the payment is confirmed)</translation>
    </message>
    <message>
        <source>Invoice: bank transfer from any Ukrainian bank (up to 3 business days)</source>
        <translation>Invoice: bank transfer from any Ukrainian bank (up to 3 business days)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Save invoice as PDF…</source>
        <translation>&amp;Save invoice as PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the payment page again</source>
        <translation>&amp;Open the payment page again</translation>
    </message>
    <message>
        <source>Creating the top-up…</source>
        <translation>Creating the top-up…</translation>
    </message>
    <message>
        <source>Invoice No. %1</source>
        <translation>Invoice No. %1</translation>
    </message>
    <message>
        <source>Pay %1 by bank transfer from any Ukrainian bank with the payment purpose &quot;Telecommunication services, invoice No. %2&quot;. The amount is credited to the main balance when the payment arrives, usually within 3 business days.</source>
        <translation>Pay %1 by bank transfer from any Ukrainian bank with the payment purpose &quot;Telecommunication services, invoice No. %2&quot;. The amount is credited to the main balance when the payment arrives, usually within 3 business days.</translation>
    </message>
    <message>
        <source>Card payment of %1</source>
        <translation>Card payment of %1</translation>
    </message>
    <message>
        <source>Complete the payment on the page that opened in your browser. Waiting for the payment…</source>
        <translation>Complete the payment on the page that opened in your browser. Waiting for the payment…</translation>
    </message>
    <message>
        <source>Open the payment page and complete the payment: %1
Waiting for the payment…</source>
        <translation>Open the payment page and complete the payment: %1
Waiting for the payment…</translation>
    </message>
    <message>
        <source>Paid: %1 was credited to the main balance.</source>
        <translation>Paid: %1 was credited to the main balance.</translation>
    </message>
    <message>
        <source>The payment was not completed (%1). Nothing was charged.</source>
        <translation>The payment was not completed (%1). Nothing was charged.</translation>
    </message>
    <message>
        <source>Could not check the payment status: %1 Trying again…</source>
        <translation>Could not check the payment status: %1 Trying again…</translation>
    </message>
    <message>
        <source>The payment has not been confirmed yet. The balance updates by itself once it is.</source>
        <translation>The payment has not been confirmed yet. The balance updates by itself once it is.</translation>
    </message>
    <message>
        <source>The server sent a payment page that is not on the payment provider&apos;s secure site, so it was not opened: %1
Do not enter card details there unless you trust it. Waiting for the payment…</source>
        <translation>The server sent a payment page that is not on the payment provider&apos;s secure site, so it was not opened: %1
Do not enter card details there unless you trust it. Waiting for the payment…</translation>
    </message>
    <message>
        <source>&amp;Save this card for auto top-up</source>
        <translation>&amp;Save this card for auto top-up</translation>
    </message>
    <message>
        <source>The payment provider keeps the card; the cabinet keeps only its masked number.</source>
        <translation>The payment provider keeps the card; the cabinet keeps only its masked number.</translation>
    </message>
</context>
<context>
    <name>TopUpsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Invoice No.</source>
        <translation>Invoice No.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Paid from</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (you)</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>This is you</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Members of %1 and their roles. Your role: %2.</source>
        <translation>Members of %1 and their roles. Your role: %2.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Project members</source>
        <translation>Project members</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Loading the members…</translation>
    </message>
    <message>
        <source>Offline: the members saved on this computer.</source>
        <translation>Offline: the members saved on this computer.</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>C&amp;hange role…</source>
        <translation>C&amp;hange role…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invitations sent from this window, not accepted yet as far as it knows: %1</source>
        <translation>Invitations sent from this window, not accepted yet as far as it knows: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Change the role of %1 from %2 to %3?</source>
        <translation>Change the role of %1 from %2 to %3?</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Remove %1 from the project? They will no longer see it.</source>
        <translation>Remove %1 from the project? They will no longer see it.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 was removed from the project.</source>
        <translation>%1 was removed from the project.</translation>
    </message>
</context>
<context>
    <name>WhoPaysDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Who will pay this?</source>
        <translation>Who will pay this?</translation>
    </message>
    <message>
        <source>See which balances would pay for a service before it is charged. Nothing is charged here.</source>
        <translation>See which balances would pay for a service before it is charged. Nothing is charged here.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>Who would pay</source>
        <translation>Who would pay</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Asking the server…</translation>
    </message>
    <message>
        <source>%1 would be paid by:</source>
        <translation>%1 would be paid by:</translation>
    </message>
    <message>
        <source>• %1 balance: %2</source>
        <translation>• %1 balance: %2</translation>
    </message>
    <message>
        <source>Not enough funds: a charge of %1 would be refused whole, nothing would be paid.</source>
        <translation>Not enough funds: a charge of %1 would be refused whole, nothing would be paid.</translation>
    </message>
    <message>
        <source>%1 more is needed on the balances that may pay for this service.</source>
        <translation>%1 more is needed on the balances that may pay for this service.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw referral earnings</source>
        <translation>Withdraw referral earnings</translation>
    </message>
    <message>
        <source>Available on the referral balance: %1</source>
        <translation>Available on the referral balance: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>Withdraw the whole referral balance</source>
        <translation>Withdraw the whole referral balance</translation>
    </message>
    <message>
        <source>To a bank &amp;card (paid out after a check, usually within 3 business days)</source>
        <translation>To a bank &amp;card (paid out after a check, usually within 3 business days)</translation>
    </message>
    <message>
        <source>To the &amp;main balance of %1</source>
        <translation>To the &amp;main balance of %1</translation>
    </message>
    <message>
        <source>To &amp;another project&apos;s main balance</source>
        <translation>To &amp;another project&apos;s main balance</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>Card &amp;number</translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Target project</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Where to</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Looking the project up…</source>
        <translation>Looking the project up…</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Sending the withdrawal…</source>
        <translation>Sending the withdrawal…</translation>
    </message>
    <message>
        <source>Payout of %1 to the card %2</source>
        <translation>Payout of %1 to the card %2</translation>
    </message>
    <message>
        <source>Pending: the amount is reserved and paid out after a check. The history shows when it is completed (or returned to the referral balance if rejected).</source>
        <translation>Pending: the amount is reserved and paid out after a check. The history shows when it is completed (or returned to the referral balance if rejected).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <source>%1 moved to the main balance</source>
        <translation>%1 moved to the main balance</translation>
    </message>
    <message>
        <source>The main balance of %1 has grown by %2.</source>
        <translation>The main balance of %1 has grown by %2.</translation>
    </message>
    <message>
        <source>%1 moved to another project</source>
        <translation>%1 moved to another project</translation>
    </message>
    <message>
        <source>Recipient&apos;s referral code</source>
        <translation>Recipient&apos;s referral code</translation>
    </message>
    <message>
        <source>for example K7M2QX9P</source>
        <translation>for example K7M2QX9P</translation>
    </message>
    <message>
        <source>Ask the receiving project&apos;s owner for the referral code shown on their Referral Program page.</source>
        <translation>Ask the receiving project&apos;s owner for the referral code shown on their Referral Program page.</translation>
    </message>
    <message>
        <source>No project has this code.</source>
        <translation>No project has this code.</translation>
    </message>
    <message>
        <source>Credited to the main balance of %1.</source>
        <translation>Credited to the main balance of %1.</translation>
    </message>
    <message>
        <source>Recipient&apos;s co&amp;de</source>
        <translation>Recipient&apos;s co&amp;de</translation>
    </message>
</context>
<context>
    <name>XlsxStatementWriter</name>
    <message>
        <source>the spreadsheet library could not start.</source>
        <translation>the spreadsheet library could not start.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Balance after</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export a shorter period or use CSV.</source>
        <translation>An XLSX sheet holds at most %1 rows; export a shorter period or use CSV.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Project ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Balances</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Generated (UTC)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Movements</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>UniTalk finance cabinet</source>
        <translation>UniTalk finance cabinet</translation>
    </message>
    <message>
        <source>Server address (overrides the remembered one).</source>
        <translation>Server address (overrides the remembered one).</translation>
    </message>
    <message>
        <source>E-mail: sign in at once with --password (screenshots, benchmarks).</source>
        <translation>E-mail: sign in at once with --password (screenshots, benchmarks).</translation>
    </message>
    <message>
        <source>Password (screenshots, benchmarks).</source>
        <translation>Password (screenshots, benchmarks).</translation>
    </message>
    <message>
        <source>Open this project id after sign-in.</source>
        <translation>Open this project id after sign-in.</translation>
    </message>
    <message>
        <source>Use a dark palette (screenshots of the dark theme).</source>
        <translation>Use a dark palette (screenshots of the dark theme).</translation>
    </message>
    <message>
        <source>Open PAGE (balance, referral, users, settings) after sign-in, if your role has it.</source>
        <translation>Open PAGE (balance, referral, users, settings) after sign-in, if your role has it.</translation>
    </message>
    <message>
        <source>PNG file (screenshot mode).</source>
        <translation>PNG file (screenshot mode).</translation>
    </message>
    <message>
        <source>Interface language: uk, ru, en or system.</source>
        <translation>Interface language: uk, ru, en or system.</translation>
    </message>
    <message>
        <source>Render PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, users, referral, audit, settings, signin, noaccess) into the PNG file given as argument, then exit.</source>
        <translation>Render PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, users, referral, audit, settings, signin, noaccess) into the PNG file given as argument, then exit.</translation>
    </message>
</context>
</TS>
