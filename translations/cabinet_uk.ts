<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Прийняти запрошення</translation>
    </message>
    <message>
        <source>Paste the invitation token the project&apos;s Owner sent you, and choose your name and password.</source>
        <translation>Вставте токен запрошення, який надіслав вам власник проєкту, і вкажіть своє ім’я та пароль.</translation>
    </message>
    <message>
        <source>Invitation &amp;token</source>
        <translation>&amp;Токен запрошення</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;ім’я</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторіть пароль</translation>
    </message>
    <message>
        <source>Accept and sign in</source>
        <translation>Прийняти й увійти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Accepting the invitation…</source>
        <translation>Приймання запрошення…</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Щонайменше %n символ.</numerusform>
            <numerusform>Щонайменше %n символи.</numerusform>
            <numerusform>Щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Паролі збігаються.</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>По&amp;точний пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новий пароль</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>З&amp;мінити пароль</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеанси</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Пристрій</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Ваші сеанси</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere else</source>
        <translation>Вийти на &amp;всіх інших пристроях</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Закороткий: щонайменше %n символ.</numerusform>
            <numerusform>Закороткий: щонайменше %n символи.</numerusform>
            <numerusform>Закороткий: щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: a longer password, or one mixing letters, digits and signs, is harder to guess.</source>
        <translation>Слабкий: довший пароль або пароль із літер, цифр і знаків важче вгадати.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Прийнятний.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надійний.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Щонайменше %n символ.</numerusform>
            <numerusform>Щонайменше %n символи.</numerusform>
            <numerusform>Щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Зміна пароля…</translation>
    </message>
    <message>
        <source>Password changed. Every other session has been signed out.</source>
        <translation>Пароль змінено. Усі інші сеанси завершено.</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Завантаження сеансів…</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Цей пристрій</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Sign out the session created %1</source>
        <translation>Завершити сеанс, розпочатий %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Вихід…</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Додати учасника</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ім’я</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the invitation token</source>
        <translation>Скопіювати токен запрошення</translation>
    </message>
    <message>
        <source>%1 has no account yet. Send them this invitation token: it is shown only once and is valid for 7 days. They choose &quot;I have an invitation&quot; when signing in.</source>
        <translation>%1 ще не має облікового запису. Надішліть цій людині токен запрошення: він показується лише один раз і діє 7 днів. Під час входу слід вибрати «У мене є запрошення».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Add %1 &lt;%2&gt; to the project as %3?</source>
        <translation>Додати %1 &lt;%2&gt; до проєкту з роллю «%3»?</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Додавання учасника…</translation>
    </message>
    <message>
        <source>%1 is now a member of the project.</source>
        <translation>%1 тепер учасник проєкту.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot connect to the server. Check the server address and that the server is running.</source>
        <translation>Не вдалося з’єднатися з сервером. Перевірте адресу сервера та чи він запущений.</translation>
    </message>
    <message>
        <source>The server address was not found. Check the server address.</source>
        <translation>Адресу сервера не знайдено. Перевірте адресу сервера.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted before the answer was complete.</source>
        <translation>З’єднання з сервером перервалося, перш ніж надійшла повна відповідь.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Не вдалося встановити захищене з’єднання з сервером.</translation>
    </message>
    <message>
        <source>The server address is not a valid http:// or https:// address.</source>
        <translation>Адреса сервера не є коректною адресою http:// або https://.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Сервер недоступний. Перевірте підключення до мережі.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>Неправильна електронна пошта або пароль.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ваш сеанс завершився. Увійдіть знову.</translation>
    </message>
    <message>
        <source>Your role in this project does not give access to this.</source>
        <translation>Ваша роль у цьому проєкті не дає доступу до цього.</translation>
    </message>
    <message>
        <source>Not found: the project does not exist or you are not a member of it.</source>
        <translation>Не знайдено: проєкт не існує або ви не є його учасником.</translation>
    </message>
    <message>
        <source>The server did not accept the data you entered.</source>
        <translation>Сервер не прийняв введені дані.</translation>
    </message>
    <message>
        <source>There are not enough funds for this operation.</source>
        <translation>Недостатньо коштів для цієї операції.</translation>
    </message>
    <message>
        <source>The project is not eligible for credit funds yet.</source>
        <translation>Проєкт поки що не може отримати кредитні кошти.</translation>
    </message>
    <message>
        <source>The amount is above the credit limit of the project.</source>
        <translation>Сума перевищує кредитний ліміт проєкту.</translation>
    </message>
    <message>
        <source>The project already has active credit funds.</source>
        <translation>Проєкт уже має активні кредитні кошти.</translation>
    </message>
    <message>
        <source>This request was already sent with different data. Start a new request.</source>
        <translation>Цей запит уже надіслано з іншими даними. Почніть новий запит.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Забагато спроб. Зачекайте хвилину та спробуйте знову.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state. Refresh and try again.</source>
        <translation>Запит суперечить поточному стану. Оновіть дані та спробуйте знову.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>На сервері сталася внутрішня помилка (HTTP %1). Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер відхилив запит (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Сервер не відповів вчасно. Спробуйте знову.</translation>
    </message>
    <message>
        <source>The server sent an answer the cabinet cannot read. The server may be misconfigured or an older version.</source>
        <translation>Сервер надіслав відповідь, яку кабінет не може прочитати. Можливо, сервер неправильно налаштований або має старішу версію.</translation>
    </message>
    <message>
        <source>There is no saved card: make a card top-up with &quot;Save this card for auto top-up&quot; first.</source>
        <translation>Немає збереженої картки: спершу поповніть карткою з позначкою «Зберегти картку для автопоповнення».</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>Запит завеликий для сервера.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Сервер зайнятий. Спробуйте ще раз за мить.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>UniTalk staff</source>
        <translation>Співробітник UniTalk</translation>
    </message>
    <message>
        <source>UniTalk staff (%1)</source>
        <translation>Співробітник UniTalk (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Members</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Поповнення</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Списання</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Бонуси</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Коригування</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>Реферальна програма</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <source>Who did what in %1, newest first.</source>
        <translation>Хто що робив у %1, спочатку найновіше.</translation>
    </message>
    <message>
        <source>Who did what in %1, newest first. Referral program actions are shown to the Owner only.</source>
        <translation>Хто що робив у %1, спочатку найновіше. Дії з реферальною програмою бачить лише власник.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Хто</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Дія</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Період</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Експорт у CSV…</translation>
    </message>
    <message>
        <source>name or prefix</source>
        <translation>назва або початок</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Усі дії</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Завантаження журналу дій…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Немає записів для цих фільтрів.</translation>
    </message>
    <message>
        <source>audit-%1.csv</source>
        <translation>audit-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Експорт журналу дій</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>Експорт… %n запис</numerusform>
            <numerusform>Експорт… %n записи</numerusform>
            <numerusform>Експорт… %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n запис збережено в %1.</numerusform>
            <numerusform>%n записи збережено в %1.</numerusform>
            <numerusform>%n записів збережено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Автопоповнення</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Збережена картка</translation>
    </message>
    <message>
        <source>Low-balance alert</source>
        <translation>Попередження про низький баланс</translation>
    </message>
</context>
<context>
    <name>AutoTopUpDialog</name>
    <message>
        <source>&amp;Top up automatically from the saved card</source>
        <translation>&amp;Поповнювати автоматично зі збереженої картки</translation>
    </message>
    <message>
        <source>&amp;Warn me when the main balance falls below</source>
        <translation>&amp;Попереджати, коли основний баланс нижчий за</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Видалити картку</translation>
    </message>
    <message>
        <source>Auto top-up and alerts</source>
        <translation>Автопоповнення та сповіщення</translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Автопоповнення</translation>
    </message>
    <message>
        <source>When the main balance falls below the threshold, the saved card is charged with the amount once; the next time only after the balance has been at or above the threshold again.</source>
        <translation>Коли основний баланс опускається нижче порогу, зі збереженої картки один раз списується сума; наступного разу — лише після того, як баланс знову сягне порогу.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Поріг</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Сума поповнення</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Поріг сповіщення</translation>
    </message>
    <message>
        <source>When the main balance falls &amp;below</source>
        <translation>Коли основний баланс &amp;нижчий за</translation>
    </message>
    <message>
        <source>Top up &amp;by</source>
        <translation>Поповнити &amp;на</translation>
    </message>
    <message>
        <source>Low-balance alert</source>
        <translation>Сповіщення про низький баланс</translation>
    </message>
    <message>
        <source>The bell and a desktop notification tell you when it happens.</source>
        <translation>Про це скажуть дзвіночок і сповіщення на робочому столі.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Видалити картку</translation>
    </message>
    <message>
        <source>Remove the saved card %1? Auto top-up is turned off with it.</source>
        <translation>Видалити збережену картку %1? Автопоповнення буде вимкнено разом з нею.</translation>
    </message>
    <message>
        <source>Loading the settings…</source>
        <translation>Завантаження налаштувань…</translation>
    </message>
    <message>
        <source>Saved card: %1</source>
        <translation>Збережена картка: %1</translation>
    </message>
    <message>
        <source>No saved card. Top up by bank card once with &quot;Save this card for auto top-up&quot; ticked.</source>
        <translation>Немає збереженої картки. Один раз поповніть банківською карткою з позначкою «Зберегти картку для автопоповнення».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Видалення картки…</translation>
    </message>
    <message>
        <source>The card was removed and auto top-up turned off.</source>
        <translation>Картку видалено, автопоповнення вимкнено.</translation>
    </message>
    <message>
        <source>Nothing has changed; nothing to save.</source>
        <translation>Нічого не змінено; зберігати нічого.</translation>
    </message>
</context>
<context>
    <name>BalanceCards</name>
    <message>
        <source>Main balance</source>
        <translation>Основний баланс</translation>
    </message>
    <message>
        <source>Bonus balance</source>
        <translation>Бонусний баланс</translation>
    </message>
    <message>
        <source>Credit funds</source>
        <translation>Кредитні кошти</translation>
    </message>
    <message>
        <source>Personal funds: pays for every service</source>
        <translation>Власні кошти: оплата будь-яких послуг</translation>
    </message>
    <message>
        <source>Spent first, on service subscriptions only</source>
        <translation>Списується першим, лише за абонплату сервісу</translation>
    </message>
    <message>
        <source>No active credit</source>
        <translation>Немає активного кредиту</translation>
    </message>
    <message>
        <source>Debt: the next top-ups repay it first</source>
        <translation>Борг: наступні поповнення спершу погашають його</translation>
    </message>
    <message>
        <source>Granted %1 · used %2</source>
        <translation>Надано %1 · використано %2</translation>
    </message>
    <message>
        <source>⚠ Due %1: unspent credit is withdrawn, used credit becomes a debt</source>
        <translation>⚠ Термін %1: невитрачений кредит буде списано, використаний стане боргом</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Термін: %1</translation>
    </message>
    <message>
        <source>Less than a day left at your average spend</source>
        <translation>За ваших середніх витрат лишилося менше доби</translation>
    </message>
    <message numerus="yes">
        <source>About %n day(s) left at your average spend</source>
        <translation>
            <numerusform>За ваших середніх витрат лишилося приблизно %n день</numerusform>
            <numerusform>За ваших середніх витрат лишилося приблизно %n дні</numerusform>
            <numerusform>За ваших середніх витрат лишилося приблизно %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average spend: %1 a day over the last %n day(s)</source>
        <translation>
            <numerusform>Середні витрати: %1 на день за останній %n день</numerusform>
            <numerusform>Середні витрати: %1 на день за останні %n дні</numerusform>
            <numerusform>Середні витрати: %1 на день за останні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Below zero: top up to pay for services</source>
        <translation>⚠ Нижче нуля: поповніть, щоб оплачувати послуги</translation>
    </message>
    <message>
        <source>⚠ Low balance: below your alert threshold of %1</source>
        <translation>⚠ Низький баланс: нижче вашого порогу сповіщення %1</translation>
    </message>
</context>
<context>
    <name>BalanceChartsPanel</name>
    <message>
        <source>Spend by category per month</source>
        <translation>Витрати за категоріями по місяцях</translation>
    </message>
    <message>
        <source>Balance at the end of each day</source>
        <translation>Баланс на кінець кожного дня</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Період графіків</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Останній рік</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Період</translation>
    </message>
    <message>
        <source>Loading the charts…</source>
        <translation>Завантаження графіків…</translation>
    </message>
    <message>
        <source>Balance at the end of each day, %1</source>
        <translation>Баланс на кінець кожного дня, %1</translation>
    </message>
    <message>
        <source>Spend by category per month, last 12 months, %1</source>
        <translation>Витрати за категоріями по місяцях, останні 12 місяців, %1</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Баланс у часі</translation>
    </message>
    <message>
        <source>%1
Main: %2
Bonus: %3
Credit available: %4</source>
        <translation>%1
Основний: %2
Бонусний: %3
Доступний кредит: %4</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Finance, Balance</source>
        <translation>Фінанси, Баланс</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Графіки</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Load the balances and the history again (also done every minute)</source>
        <translation>Завантажити баланси й історію знову (це також відбувається щохвилини)</translation>
    </message>
    <message>
        <source>Request &amp;credit…</source>
        <translation>Запросити &amp;кредит…</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Поповнити…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Попередній місяць</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Інший період…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>All balances</source>
        <translation>Усі баланси</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Усі операції</translation>
    </message>
    <message>
        <source>Search loaded entries</source>
        <translation>Пошук у завантаженому</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Пошук в історії</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>Історія балансу</translation>
    </message>
    <message>
        <source>Loading balances…</source>
        <translation>Завантаження балансів…</translation>
    </message>
    <message>
        <source>Could not refresh the balances: %1</source>
        <translation>Не вдалося оновити баланси: %1</translation>
    </message>
    <message>
        <source>%1 · updated at %2</source>
        <translation>%1 · оновлено о %2</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Завантаження історії…</translation>
    </message>
    <message>
        <source>Loading more entries…</source>
        <translation>Завантаження інших записів…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n entries saved on this computer.</source>
        <translation>
            <numerusform>Офлайн: %n запис збережено на цьому комп’ютері.</numerusform>
            <numerusform>Офлайн: %n записи збережено на цьому комп’ютері.</numerusform>
            <numerusform>Офлайн: %n записів збережено на цьому комп’ютері.</numerusform>
        </translation>
    </message>
    <message>
        <source>No operations for the selected filters.</source>
        <translation>Немає операцій за вибраними фільтрами.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries among the %1 loaded; scroll down to load more.</source>
        <translation>
            <numerusform>%n відповідний запис серед %1 завантажених; прокрутіть униз, щоб завантажити ще.</numerusform>
            <numerusform>%n відповідні записи серед %1 завантажених; прокрутіть униз, щоб завантажити ще.</numerusform>
            <numerusform>%n відповідних записів серед %1 завантажених; прокрутіть униз, щоб завантажити ще.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries loaded; scroll down to load more.</source>
        <translation>
            <numerusform>Завантажено %n запис; прокрутіть униз, щоб завантажити ще.</numerusform>
            <numerusform>Завантажено %n записи; прокрутіть униз, щоб завантажити ще.</numerusform>
            <numerusform>Завантажено %n записів; прокрутіть униз, щоб завантажити ще.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n запис.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>Недоступно офлайн: сервер недосяжний.</translation>
    </message>
    <message>
        <source>%1 · saved figures from %2</source>
        <translation>%1 · збережені дані від %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n saved entries loaded; scroll down to load more.</source>
        <translation>
            <numerusform>Офлайн: завантажено %n збережений запис; прокрутіть униз, щоб завантажити ще.</numerusform>
            <numerusform>Офлайн: завантажено %n збережені записи; прокрутіть униз, щоб завантажити ще.</numerusform>
            <numerusform>Офлайн: завантажено %n збережених записів; прокрутіть униз, щоб завантажити ще.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who will pay this?</source>
        <translation>&amp;Хто за це заплатить?</translation>
    </message>
    <message>
        <source>See which balances would pay for a service, before it is charged</source>
        <translation>Подивитися, які баланси оплатять послугу, до її списання</translation>
    </message>
    <message>
        <source>&amp;Auto top-up…</source>
        <translation>&amp;Автопоповнення…</translation>
    </message>
    <message>
        <source>Top up from a saved card when the balance runs low; low-balance alert</source>
        <translation>Поповнення зі збереженої картки, коли баланс закінчується; сповіщення про низький баланс</translation>
    </message>
</context>
<context>
    <name>CachedStatement</name>
    <message>
        <source>The offline cache may not hold every entry of this period.</source>
        <translation>Офлайн-кеш може містити не всі записи цього періоду.</translation>
    </message>
    <message>
        <source>The offline cache holds this period only up to %1; later entries may be missing.</source>
        <translation>Офлайн-кеш містить цей період лише до %1; пізніших записів може бракувати.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>Enter the card number.</source>
        <translation>Введіть номер картки.</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>Номер картки складається лише з цифр.</translation>
    </message>
    <message>
        <source>Too short: a card number has %1 to %2 digits.</source>
        <translation>Закоротко: номер картки має від %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>Too long: a card number has %1 to %2 digits.</source>
        <translation>Задовго: номер картки має від %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>This is not a valid card number: check the digits.</source>
        <translation>Це не дійсний номер картки: перевірте цифри.</translation>
    </message>
</context>
<context>
    <name>CreditRequestDialog</name>
    <message>
        <source>Request credit funds</source>
        <translation>Запит кредитних коштів</translation>
    </message>
    <message>
        <source>Credit funds are granted by UniTalk staff on request, for up to 5 days, up to 30% of the project&apos;s average monthly spend. They pay for every service.</source>
        <translation>Кредитні кошти надають співробітники UniTalk за запитом на строк до 5 днів, до 30% середніх місячних витрат проєкту. Ними можна оплатити будь-які послуги.</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Сума кредиту</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Term in days</source>
        <translation>Строк у днях</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сума</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>С&amp;трок</translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation>Надіслати &amp;запит</translation>
    </message>
    <message>
        <source>Checking eligibility…</source>
        <translation>Перевірка можливості кредиту…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Using the service for %n days</source>
        <translation>
            <numerusform>Користується сервісом %n день</numerusform>
            <numerusform>Користується сервісом %n дні</numerusform>
            <numerusform>Користується сервісом %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n top-ups totalling %1</source>
        <translation>
            <numerusform>%n поповнення на суму %1</numerusform>
            <numerusform>%n поповнення на суму %1</numerusform>
            <numerusform>%n поповнень на суму %1</numerusform>
        </translation>
    </message>
    <message>
        <source>average monthly spend %1</source>
        <translation>середні витрати на місяць %1</translation>
    </message>
    <message numerus="yes">
        <source>You can request up to %1 for up to %n days.</source>
        <translation>
            <numerusform>Можна запросити до %1 на строк до %n дня.</numerusform>
            <numerusform>Можна запросити до %1 на строк до %n днів.</numerusform>
            <numerusform>Можна запросити до %1 на строк до %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is not eligible for credit funds yet.</source>
        <translation>Проєкт поки що не може отримати кредитні кошти.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Надсилання запиту…</translation>
    </message>
    <message>
        <source>Request No. %1 was sent (status: %2). UniTalk staff will review it; granted credit appears on the Balance page.</source>
        <translation>Запит № %1 надіслано (статус: %2). Співробітники UniTalk розглянуть його; наданий кредит з’явиться на сторінці «Баланс».</translation>
    </message>
</context>
<context>
    <name>CreditRequestsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запитано</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Рішення</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не відповів вчасно.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Low main balance</source>
        <translation>Низький основний баланс</translation>
    </message>
    <message>
        <source>Credit funds due soon</source>
        <translation>Невдовзі строк кредитних коштів</translation>
    </message>
    <message>
        <source>Credit term ended</source>
        <translation>Строк кредиту скінчився</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Поповнення оплачено</translation>
    </message>
    <message>
        <source>Auto top-up started</source>
        <translation>Автопоповнення розпочато</translation>
    </message>
    <message>
        <source>Auto top-up failed</source>
        <translation>Автопоповнення не вдалося</translation>
    </message>
    <message>
        <source>Referral withdrawal completed</source>
        <translation>Виведення з реферального балансу виконано</translation>
    </message>
    <message>
        <source>Referral withdrawal rejected</source>
        <translation>Виведення з реферального балансу відхилено</translation>
    </message>
    <message>
        <source>Notification (%1)</source>
        <translation>Сповіщення (%1)</translation>
    </message>
    <message>
        <source>The main balance is %1, below your alert threshold of %2.</source>
        <translation>Основний баланс — %1, нижче вашого порогу сповіщення %2.</translation>
    </message>
    <message>
        <source>The main balance fell below your alert threshold.</source>
        <translation>Основний баланс опустився нижче вашого порогу сповіщення.</translation>
    </message>
    <message>
        <source>Within a day unspent credit is withdrawn and used credit becomes a debt.</source>
        <translation>Протягом доби невикористаний кредит буде списано, а використаний стане боргом.</translation>
    </message>
    <message>
        <source>Due %1: unspent credit is withdrawn and used credit becomes a debt.</source>
        <translation>Строк %1: невикористаний кредит буде списано, а використаний стане боргом.</translation>
    </message>
    <message>
        <source>Unspent credit was withdrawn; %1 of used credit is now a debt on the main balance.</source>
        <translation>Невикористаний кредит списано; %1 використаного кредиту тепер борг на основному балансі.</translation>
    </message>
    <message>
        <source>Unspent credit funds were withdrawn.</source>
        <translation>Невикористані кредитні кошти списано.</translation>
    </message>
    <message>
        <source>A top-up was credited to the main balance.</source>
        <translation>Поповнення зараховано на основний баланс.</translation>
    </message>
    <message>
        <source>%1 was credited to the main balance.</source>
        <translation>%1 зараховано на основний баланс.</translation>
    </message>
    <message>
        <source>The main balance fell below the auto top-up threshold: a payment from the saved card started.</source>
        <translation>Основний баланс опустився нижче порогу автопоповнення: розпочато платіж зі збереженої картки.</translation>
    </message>
    <message>
        <source>The main balance fell below the auto top-up threshold: a payment of %1 from the saved card started.</source>
        <translation>Основний баланс опустився нижче порогу автопоповнення: розпочато платіж %1 зі збереженої картки.</translation>
    </message>
    <message>
        <source>The payment from the saved card did not go through. Top up by hand or check the card.</source>
        <translation>Платіж зі збереженої картки не пройшов. Поповніть вручну або перевірте картку.</translation>
    </message>
    <message>
        <source>The payment of %1 from the saved card did not go through. Top up by hand or check the card.</source>
        <translation>Платіж %1 зі збереженої картки не пройшов. Поповніть вручну або перевірте картку.</translation>
    </message>
    <message>
        <source>A referral withdrawal was paid out.</source>
        <translation>Виведення з реферального балансу виплачено.</translation>
    </message>
    <message>
        <source>%1 of the referral balance was paid out.</source>
        <translation>%1 з реферального балансу виплачено.</translation>
    </message>
    <message>
        <source>A referral withdrawal was rejected; the amount is back on the referral balance.</source>
        <translation>Виведення з реферального балансу відхилено; сума повернулася на реферальний баланс.</translation>
    </message>
    <message>
        <source>The withdrawal of %1 was rejected; the amount is back on the referral balance.</source>
        <translation>Виведення %1 відхилено; сума повернулася на реферальний баланс.</translation>
    </message>
</context>
<context>
    <name>HistorySync</name>
    <message>
        <source>Cannot write the offline cache: %1</source>
        <translation>Не вдалося записати офлайн-кеш: %1</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Invoice No. %1</source>
        <translation>Рахунок № %1</translation>
    </message>
    <message>
        <source>UniTalk: cloud telephony</source>
        <translation>UniTalk: хмарна телефонія</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Платник</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>Призначення платежу</translation>
    </message>
    <message>
        <source>Telecommunication services, invoice No. %1</source>
        <translation>Телекомунікаційні послуги, рахунок № %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Bank transfer from any Ukrainian bank</source>
        <translation>Банківський переказ з будь-якого українського банку</translation>
    </message>
    <message>
        <source>The amount is credited to the main balance when the payment arrives, usually within 3 business days.</source>
        <translation>Сума зараховується на основний баланс після надходження платежу, зазвичай протягом 3 робочих днів.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the PDF file %1.</source>
        <translation>Не вдалося створити PDF-файл %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceSaving</name>
    <message>
        <source>invoice-%1.pdf</source>
        <translation>рахунок-%1.pdf</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Зберегти рахунок</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Збережено в %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>Системне сховище паролів не відповіло.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Charge</source>
        <translation>Списання</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Поповнення</translation>
    </message>
    <message>
        <source>Bonus credited</source>
        <translation>Нараховано бонус</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсація</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Коригування</translation>
    </message>
    <message>
        <source>Credit granted</source>
        <translation>Надано кредит</translation>
    </message>
    <message>
        <source>Credit repayment</source>
        <translation>Погашення кредиту</translation>
    </message>
    <message>
        <source>Credit term ended</source>
        <translation>Строк кредиту завершився</translation>
    </message>
    <message>
        <source>Referral transfer</source>
        <translation>Реферальний переказ</translation>
    </message>
    <message>
        <source>Service subscription</source>
        <translation>Абонплата за сервіс</translation>
    </message>
    <message>
        <source>Number subscription</source>
        <translation>Абонплата за номер</translation>
    </message>
    <message>
        <source>Number connection</source>
        <translation>Підключення номера</translation>
    </message>
    <message>
        <source>Outgoing calls (rented number)</source>
        <translation>Дзвінки з орендованого номера</translation>
    </message>
    <message>
        <source>Guaranteed dialing</source>
        <translation>Гарантований додзвін</translation>
    </message>
    <message>
        <source>Autodialer</source>
        <translation>Автообдзвін</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Виклики API</translation>
    </message>
    <message>
        <source>Answering machine detection</source>
        <translation>Розпізнавання автовідповідача</translation>
    </message>
    <message>
        <source>SMS notifications</source>
        <translation>SMS-сповіщення</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основний</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Бонусний</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредитний</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Очікує оплати</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Balance adjustment</source>
        <translation>Коригування балансу</translation>
    </message>
    <message>
        <source>Top-up requested</source>
        <translation>Запит на поповнення</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Поповнення оплачено</translation>
    </message>
    <message>
        <source>Top-up failed</source>
        <translation>Поповнення не вдалося</translation>
    </message>
    <message>
        <source>Credit requested</source>
        <translation>Запит на кредит</translation>
    </message>
    <message>
        <source>Credit request rejected</source>
        <translation>Запит на кредит відхилено</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Учасника додано</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Роль учасника змінено</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Учасника видалено</translation>
    </message>
    <message>
        <source>Referral withdrawal requested</source>
        <translation>Запит на виведення реферальних коштів</translation>
    </message>
    <message>
        <source>Referral withdrawal completed</source>
        <translation>Виведення реферальних коштів виконано</translation>
    </message>
    <message>
        <source>Referral withdrawal rejected</source>
        <translation>Виведення реферальних коштів відхилено</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>method</source>
        <translation>спосіб</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>запрошено</translation>
    </message>
    <message>
        <source>term, days</source>
        <translation>строк, днів</translation>
    </message>
    <message>
        <source>debt moved to main</source>
        <translation>борг перенесено на основний</translation>
    </message>
    <message>
        <source>unspent credit withdrawn</source>
        <translation>невикористаний кредит списано</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>проводка</translation>
    </message>
    <message>
        <source>top-up</source>
        <translation>поповнення</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запит</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>кредит</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Рахунок</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банківська картка</translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Автопоповнення</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Очікує рішення</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Top-up cancelled</source>
        <translation>Поповнення скасовано</translation>
    </message>
    <message>
        <source>Auto top-up opened</source>
        <translation>Відкрито автопоповнення</translation>
    </message>
    <message>
        <source>Saved card removed</source>
        <translation>Збережену картку видалено</translation>
    </message>
    <message>
        <source>Auto top-up settings changed</source>
        <translation>Змінено налаштування автопоповнення</translation>
    </message>
    <message>
        <source>Low-balance alert changed</source>
        <translation>Змінено попередження про низький баланс</translation>
    </message>
    <message>
        <source>Credit request cancelled</source>
        <translation>Запит на кредит скасовано</translation>
    </message>
    <message>
        <source>card</source>
        <translation>картка</translation>
    </message>
    <message>
        <source>on</source>
        <translation>увімкнено</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>поріг</translation>
    </message>
    <message>
        <source>low-balance threshold</source>
        <translation>поріг низького балансу</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UniTalk Cabinet</source>
        <translation>Кабінет UniTalk</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>Немає системного сховища паролів: наступного разу потрібно буде увійти знову.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проєкт</translation>
    </message>
    <message>
        <source>Current project</source>
        <translation>Поточний проєкт</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти</translation>
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
        <translation>%1 — Кабінет UniTalk</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Фінанси</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <translation>Реферальна програма</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sign out of UniTalk Cabinet?</source>
        <translation>Вийти з Кабінету UniTalk?</translation>
    </message>
    <message>
        <source>Also delete the offline copy of the figures on this computer</source>
        <translation>Також видалити офлайн-копію даних на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал дій</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s): open the bell to read them.</source>
        <translation>
            <numerusform>%n нове сповіщення: відкрийте дзвіночок, щоб прочитати.</numerusform>
            <numerusform>%n нові сповіщення: відкрийте дзвіночок, щоб прочитати.</numerusform>
            <numerusform>%n нових сповіщень: відкрийте дзвіночок, щоб прочитати.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top-ups &amp; requests</source>
        <translation>Поповнення та запити</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введіть суму.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Сума має бути додатною.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» не є сумою.</translation>
    </message>
    <message>
        <source>Use at most two digits after the decimal point.</source>
        <translation>Використовуйте не більше двох цифр після коми.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сума завелика.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>The minimum is %1.</source>
        <translation>Мінімум — %1.</translation>
    </message>
    <message>
        <source>The maximum is %1.</source>
        <translation>Максимум — %1.</translation>
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
За місяць: %4</translation>
    </message>
</context>
<context>
    <name>NoFinanceAccessPage</name>
    <message>
        <source>No access to finances</source>
        <translation>Немає доступу до фінансів</translation>
    </message>
    <message>
        <source>Your role in %1 is %2. Balances, top-ups, credit and the referral program are available to the project&apos;s Owner and Administrators.
Ask the Owner of the project if you need access. You can still see the project&apos;s members under Users.</source>
        <translation>Ваша роль у %1 — %2. Баланси, поповнення, кредит і реферальна програма доступні Власнику та Адміністраторам проєкту.
Якщо вам потрібен доступ, зверніться до Власника проєкту. Учасників проєкту й далі можна переглянути в розділі «Користувачі».</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитане сповіщення</numerusform>
            <numerusform>%n непрочитані сповіщення</numerusform>
            <numerusform>%n непрочитаних сповіщень</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Позначити все &amp;прочитаним</translation>
    </message>
    <message>
        <source>No notifications yet. Payments, low balance, auto top-up and credit dates show up here and on the desktop.</source>
        <translation>Сповіщень ще немає. Платежі, низький баланс, автопоповнення та строки кредиту з’являться тут і на робочому столі.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Стан з’єднання</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline since %1.&lt;/b&gt; Showing the figures saved on this computer, read-only.</source>
        <translation>&lt;b&gt;Офлайн з %1.&lt;/b&gt; Показано дані, збережені на цьому комп’ютері, лише для перегляду.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Top-ups and credit requests wait until the connection is back; the cabinet retries by itself and catches up.</source>
        <translation>Сервер недосяжний. Поповнення та запити кредиту чекають на відновлення з’єднання; кабінет сам повторює спроби й оновлює дані.</translation>
    </message>
</context>
<context>
    <name>OfflineCache</name>
    <message>
        <source>There is no cache for this project yet.</source>
        <translation>Для цього проєкту ще немає кешу.</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Кеш не відкрито.</translation>
    </message>
    <message>
        <source>Refused a history entry that is not of the main, bonus or credit balance.</source>
        <translation>Відхилено запис історії, що не належить до основного, бонусного чи кредитного балансу.</translation>
    </message>
    <message>
        <source>Referral data is kept only for the project&apos;s Owner.</source>
        <translation>Реферальні дані зберігаються лише для Власника проєкту.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Finance, Top-ups and requests</source>
        <translation>Фінанси, Поповнення та запити</translation>
    </message>
    <message>
        <source>Top-ups &amp; requests</source>
        <translation>Поповнення та запити</translation>
    </message>
    <message>
        <source>Your invoices, card and automatic payments and your credit requests, with what became of them. A pending invoice or credit request can be cancelled.</source>
        <translation>Ваші рахунки, платежі карткою й автоматичні платежі та запити на кредит — і що з ними сталося. Неоплачений рахунок або нерозглянутий запит можна скасувати.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Top-&amp;ups</source>
        <translation>&amp;Поповнення</translation>
    </message>
    <message>
        <source>Credit re&amp;quests</source>
        <translation>&amp;Запити на кредит</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Поповнення</translation>
    </message>
    <message>
        <source>&amp;Save invoice as PDF…</source>
        <translation>&amp;Зберегти рахунок у PDF…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Скасувати &amp;рахунок…</translation>
    </message>
    <message>
        <source>Cancel a pending invoice you no longer mean to pay</source>
        <translation>Скасувати неоплачений рахунок, який ви вже не збираєтеся сплачувати</translation>
    </message>
    <message>
        <source>Credit requests</source>
        <translation>Запити на кредит</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation>Скасувати &amp;запит…</translation>
    </message>
    <message>
        <source>Withdraw a credit request staff have not decided yet</source>
        <translation>Відкликати запит на кредит, який ще не розглянуто</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>No top-ups yet.</source>
        <translation>Поповнень ще немає.</translation>
    </message>
    <message>
        <source>No credit requests yet.</source>
        <translation>Запитів на кредит ще немає.</translation>
    </message>
    <message>
        <source>Cancel the credit request for %1? Staff will not consider it any more.</source>
        <translation>Скасувати запит на кредит на %1? Його більше не розглядатимуть.</translation>
    </message>
    <message>
        <source>Cancel invoice No. %1 for %2? Do not pay it after cancelling.</source>
        <translation>Скасувати рахунок № %1 на %2? Після скасування не сплачуйте його.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасування</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Скасувати запит</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Скасувати рахунок</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Invoice No. %1 was cancelled.</source>
        <translation>Рахунок № %1 скасовано.</translation>
    </message>
    <message>
        <source>The credit request was cancelled.</source>
        <translation>Запит на кредит скасовано.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the list; nothing was cancelled.</source>
        <translation>Цього рахунку більше немає в списку; нічого не скасовано.</translation>
    </message>
    <message>
        <source>Invoice No. %1 is no longer pending; nothing was cancelled.</source>
        <translation>Рахунок № %1 більше не очікує оплати; нічого не скасовано.</translation>
    </message>
    <message>
        <source>This credit request is no longer in the list; nothing was cancelled.</source>
        <translation>Цього запиту на кредит більше немає в списку; нічого не скасовано.</translation>
    </message>
    <message>
        <source>This credit request is no longer pending; nothing was cancelled.</source>
        <translation>Цей запит на кредит уже не очікує рішення; нічого не скасовано.</translation>
    </message>
    <message>
        <source>This top-up can no longer be cancelled: %1</source>
        <translation>Це поповнення вже не можна скасувати: %1</translation>
    </message>
    <message>
        <source>Invoice No. %1 can no longer be cancelled: %2</source>
        <translation>Рахунок № %1 уже не можна скасувати: %2</translation>
    </message>
    <message>
        <source>This credit request can no longer be cancelled: %1</source>
        <translation>Цю заявку на кредит уже не можна скасувати: %1</translation>
    </message>
</context>
<context>
    <name>PdfStatementWriter</name>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Виписка %1 – %2</translation>
    </message>
    <message>
        <source>Project %1 · Balances: %2 · Currency: %3</source>
        <translation>Проєкт %1 · Баланси: %2 · Валюта: %3</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Сформовано %1 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс після</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Не вдалося створити тимчасовий файл: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Не вдалося записати тимчасовий файл: %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>На початок</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Рух</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>На кінець</translation>
    </message>
    <message>
        <source>Warning: the figures do not add up (%1).</source>
        <translation>Увага: суми не сходяться (%1).</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Зараховано</translation>
    </message>
    <message>
        <source>Debited</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Totals by category</source>
        <translation>Підсумки за категоріями</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Підсумки за видами</translation>
    </message>
    <message>
        <source>The statement is too long for one PDF; export a shorter period.</source>
        <translation>Виписка задовга для одного PDF; експортуйте коротший період.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>не вдалося почати PDF.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Немає записів за цей період.</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Не вдалося прочитати тимчасовий файл: %1</translation>
    </message>
</context>
<context>
    <name>ProjectChooserPage</name>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Відкрити проєкт</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Виберіть проєкт</translation>
    </message>
    <message>
        <source>You are a member of several projects. Your role decides what you see in each.</source>
        <translation>Ви учасник кількох проєктів. Ваша роль визначає, що ви бачите в кожному.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>You are not a member of any project yet. Ask the project&apos;s Owner to add you.</source>
        <translation>Ви ще не учасник жодного проєкту. Попросіть Власника проєкту додати вас.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, роль %2</translation>
    </message>
</context>
<context>
    <name>ReferralHistoryModel</name>
    <message>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Виведення</translation>
    </message>
    <message>
        <source>Payout returned</source>
        <translation>Виплату повернено</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банківська картка</translation>
    </message>
    <message>
        <source>Own main balance</source>
        <translation>Власний основний баланс</translation>
    </message>
    <message>
        <source>Another project</source>
        <translation>Інший проєкт</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Від %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 No. %2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс після</translation>
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
        <translation>Фінанси, Реферальна програма</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <translation>Реферальна програма</translation>
    </message>
    <message>
        <source>Invite other companies with your code or link: you earn a commission every time their main or credit balance is charged. Only the Owner sees this page.</source>
        <translation>Запрошуйте інші компанії за своїм кодом або посиланням: ви отримуєте комісію щоразу, коли з їхнього основного чи кредитного балансу списуються кошти. Цю сторінку бачить лише Власник.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Приєднався</translation>
    </message>
    <message>
        <source>Earned in total</source>
        <translation>Зароблено всього</translation>
    </message>
    <message>
        <source>Referred projects</source>
        <translation>Залучені проєкти</translation>
    </message>
    <message>
        <source>Commission earned per month</source>
        <translation>Зароблена комісія по місяцях</translation>
    </message>
    <message>
        <source>Commission earned</source>
        <translation>Зароблена комісія</translation>
    </message>
    <message>
        <source>Commission per month, last 12 months</source>
        <translation>Комісія по місяцях, останні 12 місяців</translation>
    </message>
    <message>
        <source>Referral link</source>
        <translation>Реферальне посилання</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Вивести…</translation>
    </message>
    <message>
        <source>Copy the referral code</source>
        <translation>Копіювати реферальний код</translation>
    </message>
    <message>
        <source>Copy the referral link</source>
        <translation>Копіювати реферальне посилання</translation>
    </message>
    <message>
        <source>Referral balance</source>
        <translation>Реферальний баланс</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комісія</translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation>Ваш реферальний код</translation>
    </message>
    <message>
        <source>History of the referral balance</source>
        <translation>Історія реферального балансу</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Завантаження історії…</translation>
    </message>
    <message>
        <source>No commission yet: share your link to invite companies.</source>
        <translation>Комісії ще немає: поширюйте своє посилання, щоб запрошувати компанії.</translation>
    </message>
    <message>
        <source>Loading the referral program…</source>
        <translation>Завантаження реферальної програми…</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>Недоступно офлайн: сервер недосяжний.</translation>
    </message>
    <message>
        <source>Offline: the referral figures saved on this computer.</source>
        <translation>Офлайн: реферальні дані, збережені на цьому комп’ютері.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>%1 · statement of the main, bonus and credit balances for a period</source>
        <translation>%1 · виписка основного, бонусного та кредитного балансів за період</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Період</translation>
    </message>
    <message>
        <source>All balances</source>
        <translation>Усі баланси</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Баланс</translation>
    </message>
    <message>
        <source>CSV (text, RFC 4180)</source>
        <translation>CSV (текст, RFC 4180)</translation>
    </message>
    <message>
        <source>PDF (A4, for printing)</source>
        <translation>PDF (A4, для друку)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (книга Excel)</translation>
    </message>
    <message>
        <source>UTF-8 B&amp;OM for spreadsheets</source>
        <translation>UTF-8 B&amp;OM для електронних таблиць</translation>
    </message>
    <message>
        <source>Lets Excel read Cyrillic text in the CSV correctly; leave it off for other programs.</source>
        <translation>Дає змогу Excel правильно читати кирилицю в CSV; для інших програм залиште вимкненим.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Файл результату</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Зберегти &amp;як</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Хід експорту</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>виписка</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Зберегти виписку</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файли %1 (*.%2)</translation>
    </message>
    <message>
        <source>The first day of the period is after the last one.</source>
        <translation>Перший день періоду пізніший за останній.</translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation>Виберіть, куди зберегти виписку.</translation>
    </message>
    <message>
        <source>Cannot open the offline cache: %1</source>
        <translation>Не вдалося відкрити офлайн-кеш: %1</translation>
    </message>
    <message>
        <source>Bringing the history of the period up to date…</source>
        <translation>Оновлення історії за період…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Запис виписки…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries fetched</source>
        <translation>
            <numerusform>Отримано %n запис</numerusform>
            <numerusform>Отримано %n записи</numerusform>
            <numerusform>Отримано %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries</source>
        <translation>
            <numerusform>%1 з %2 запису</numerusform>
            <numerusform>%1 з %2 записів</numerusform>
            <numerusform>%1 з %2 записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Збережено в %1.</translation>
    </message>
    <message>
        <source>Saved to %1. %2</source>
        <translation>Збережено в %1. %2</translation>
    </message>
    <message>
        <source>Let other users of this computer read the file</source>
        <translation>Дозволити іншим користувачам цього комп’ютера читати файл</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервізор</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Unknown role</source>
        <translation>Невідома роль</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ваш сеанс завершився. Увійдіть знову.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://cabinet.example.com.</source>
        <translation>Введіть адресу сервера, наприклад https://cabinet.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// sends your password and session unencrypted, so it is allowed only for this computer (localhost). Use https://%1 instead.</source>
        <translation>Звичайний http:// передає ваш пароль і сеанс без шифрування, тому його дозволено лише для цього комп’ютера (localhost). Використовуйте https://%1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Ви увійшли як</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <source>&amp;Apply and sign in again</source>
        <translation>&amp;Застосувати й увійти знову</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адреса сервера</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Kept in the system keyring: you stay signed in after a restart.</source>
        <translation>Зберігається в системному сховищі паролів: після перезапуску ви залишитеся в системі.</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>Немає системного сховища паролів: наступного разу потрібно буде увійти знову.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>UniTalk Cabinet</source>
        <translation>Кабінет UniTalk</translation>
    </message>
    <message>
        <source>Sign in to see your project&apos;s balances and users.</source>
        <translation>Увійдіть, щоб бачити баланси та користувачів свого проєкту.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адреса сервера</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Ел. пошта</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>Немає системного сховища паролів: наступного разу потрібно буде увійти знову.</translation>
    </message>
    <message>
        <source>Enter your e-mail and password.</source>
        <translation>Введіть електронну пошту та пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вхід…</translation>
    </message>
    <message>
        <source>I have an &amp;invitation…</source>
        <translation>У мене є &amp;запрошення…</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Loading</source>
        <translation>Завантаження</translation>
    </message>
</context>
<context>
    <name>StatementExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>Cannot read the statement: %1</source>
        <translation>Не вдалося прочитати виписку: %1</translation>
    </message>
</context>
<context>
    <name>StatementJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the statement was made from the offline cache.</source>
        <translation>Сервер недосяжний: виписку сформовано з офлайн-кешу.</translation>
    </message>
</context>
<context>
    <name>StatementTotals</name>
    <message>
        <source>The statement&apos;s totals exceed the 64-bit range.</source>
        <translation>Підсумки виписки виходять за 64-бітний діапазон.</translation>
    </message>
    <message>
        <source>%1: opening %2 + movements %3 ≠ closing %4</source>
        <translation>%1: на початок %2 + рух %3 ≠ на кінець %4</translation>
    </message>
</context>
<context>
    <name>StatementWriter</name>
    <message>
        <source>Entry %1 is on the &quot;%2&quot; balance, which this statement (%3) does not cover.</source>
        <translation>Запис %1 належить до балансу «%2», якого ця виписка (%3) не охоплює.</translation>
    </message>
    <message>
        <source>The statement was already started.</source>
        <translation>Виписку вже розпочато.</translation>
    </message>
    <message>
        <source>The statement is not open for writing.</source>
        <translation>Виписку не відкрито для запису.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Експорт скасовано.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 has a time outside the years 0000 to 9999, which a statement cannot show.</source>
        <translation>Час запису %1 поза 0000–9999 роками, такий запис виписка показати не може.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Повторити завантаження</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up the main balance</source>
        <translation>Поповнення основного балансу</translation>
    </message>
    <message>
        <source>Funds are credited to the main balance of %1. Used credit is repaid first.</source>
        <translation>Кошти зараховуються на основний баланс %1. Спершу погашається використаний кредит.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Bank card (credited as soon as the payment is confirmed)</source>
        <translation>Банківська картка (зарахування одразу після підтвердження платежу)</translation>
    </message>
    <message>
        <source>Invoice: bank transfer from any Ukrainian bank (up to 3 business days)</source>
        <translation>Рахунок: банківський переказ з будь-якого українського банку (до 3 робочих днів)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сума</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продовжити</translation>
    </message>
    <message>
        <source>&amp;Save invoice as PDF…</source>
        <translation>&amp;Зберегти рахунок як PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the payment page again</source>
        <translation>&amp;Відкрити сторінку оплати знову</translation>
    </message>
    <message>
        <source>Creating the top-up…</source>
        <translation>Створення поповнення…</translation>
    </message>
    <message>
        <source>Invoice No. %1</source>
        <translation>Рахунок № %1</translation>
    </message>
    <message>
        <source>Pay %1 by bank transfer from any Ukrainian bank with the payment purpose &quot;Telecommunication services, invoice No. %2&quot;. The amount is credited to the main balance when the payment arrives, usually within 3 business days.</source>
        <translation>Сплатіть %1 банківським переказом з будь-якого українського банку з призначенням платежу «Телекомунікаційні послуги, рахунок № %2». Сума зараховується на основний баланс після надходження платежу, зазвичай протягом 3 робочих днів.</translation>
    </message>
    <message>
        <source>Card payment of %1</source>
        <translation>Оплата карткою на %1</translation>
    </message>
    <message>
        <source>Complete the payment on the page that opened in your browser. Waiting for the payment…</source>
        <translation>Завершіть оплату на сторінці, що відкрилася у браузері. Очікування платежу…</translation>
    </message>
    <message>
        <source>Open the payment page and complete the payment: %1
Waiting for the payment…</source>
        <translation>Відкрийте сторінку оплати та завершіть оплату: %1
Очікування платежу…</translation>
    </message>
    <message>
        <source>Paid: %1 was credited to the main balance.</source>
        <translation>Оплачено: %1 зараховано на основний баланс.</translation>
    </message>
    <message>
        <source>The payment was not completed (%1). Nothing was charged.</source>
        <translation>Оплату не завершено (%1). Кошти не списано.</translation>
    </message>
    <message>
        <source>Could not check the payment status: %1 Trying again…</source>
        <translation>Не вдалося перевірити стан платежу: %1 Повторна спроба…</translation>
    </message>
    <message>
        <source>The payment has not been confirmed yet. The balance updates by itself once it is.</source>
        <translation>Платіж ще не підтверджено. Баланс оновиться сам, щойно це станеться.</translation>
    </message>
    <message>
        <source>The server sent a payment page that is not on the payment provider&apos;s secure site, so it was not opened: %1
Do not enter card details there unless you trust it. Waiting for the payment…</source>
        <translation>Сервер надіслав сторінку оплати не із захищеного сайту платіжного провайдера, тому її не відкрито: %1
Не вводьте там дані картки, якщо не довіряєте їй. Очікування платежу…</translation>
    </message>
    <message>
        <source>&amp;Save this card for auto top-up</source>
        <translation>&amp;Зберегти цю картку для автопоповнення</translation>
    </message>
    <message>
        <source>The payment provider keeps the card; the cabinet keeps only its masked number.</source>
        <translation>Картку зберігає платіжний провайдер; кабінет зберігає лише її замаскований номер.</translation>
    </message>
</context>
<context>
    <name>TopUpsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <source>Invoice No.</source>
        <translation>Рахунок №</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
</context>
<context>
    <name>TransactionsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Списано з</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс після</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (ви)</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Це ви</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Members of %1 and their roles. Your role: %2.</source>
        <translation>Учасники %1 та їхні ролі. Ваша роль: %2.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Project members</source>
        <translation>Учасники проєкту</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Завантаження учасників…</translation>
    </message>
    <message>
        <source>Offline: the members saved on this computer.</source>
        <translation>Офлайн: учасники, збережені на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Додати учасника…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Нова роль</translation>
    </message>
    <message>
        <source>C&amp;hange role…</source>
        <translation>З&amp;мінити роль…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>В&amp;илучити…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invitations sent from this window, not accepted yet as far as it knows: %1</source>
        <translation>Запрошення, створені в цьому вікні (наскільки воно знає, ще не прийняті): %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Change the role of %1 from %2 to %3?</source>
        <translation>Змінити роль %1 з «%2» на «%3»?</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Змінити роль</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 тепер має роль «%2».</translation>
    </message>
    <message>
        <source>Remove %1 from the project? They will no longer see it.</source>
        <translation>Вилучити %1 з проєкту? Ця людина більше не бачитиме його.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>%1 was removed from the project.</source>
        <translation>%1 більше не учасник проєкту.</translation>
    </message>
</context>
<context>
    <name>WhoPaysDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>Who will pay this?</source>
        <translation>Хто за це заплатить?</translation>
    </message>
    <message>
        <source>See which balances would pay for a service before it is charged. Nothing is charged here.</source>
        <translation>Подивіться, які баланси оплатять послугу до її списання. Тут нічого не списується.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Послуга</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сума</translation>
    </message>
    <message>
        <source>Who would pay</source>
        <translation>Хто заплатить</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Запит до сервера…</translation>
    </message>
    <message>
        <source>%1 would be paid by:</source>
        <translation>%1 буде сплачено з:</translation>
    </message>
    <message>
        <source>• %1 balance: %2</source>
        <translation>• баланс «%1»: %2</translation>
    </message>
    <message>
        <source>Not enough funds: a charge of %1 would be refused whole, nothing would be paid.</source>
        <translation>Недостатньо коштів: списання %1 буде відхилено повністю, нічого не буде сплачено.</translation>
    </message>
    <message>
        <source>%1 more is needed on the balances that may pay for this service.</source>
        <translation>Бракує ще %1 на балансах, з яких можна оплатити цю послугу.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw referral earnings</source>
        <translation>Виведення реферального заробітку</translation>
    </message>
    <message>
        <source>Available on the referral balance: %1</source>
        <translation>Доступно на реферальному балансі: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Усе</translation>
    </message>
    <message>
        <source>Withdraw the whole referral balance</source>
        <translation>Вивести весь реферальний баланс</translation>
    </message>
    <message>
        <source>To a bank &amp;card (paid out after a check, usually within 3 business days)</source>
        <translation>На банківську &amp;картку (виплата після перевірки, зазвичай протягом 3 робочих днів)</translation>
    </message>
    <message>
        <source>To the &amp;main balance of %1</source>
        <translation>На &amp;основний баланс %1</translation>
    </message>
    <message>
        <source>To &amp;another project&apos;s main balance</source>
        <translation>На основний баланс &amp;іншого проєкту</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер картки</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Номер картки</translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Проєкт-отримувач</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>С&amp;ума</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Куди</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Вивести</translation>
    </message>
    <message>
        <source>Looking the project up…</source>
        <translation>Пошук проєкту…</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проєкт: %1</translation>
    </message>
    <message>
        <source>Sending the withdrawal…</source>
        <translation>Надсилання запиту на виведення…</translation>
    </message>
    <message>
        <source>Payout of %1 to the card %2</source>
        <translation>Виплата %1 на картку %2</translation>
    </message>
    <message>
        <source>Pending: the amount is reserved and paid out after a check. The history shows when it is completed (or returned to the referral balance if rejected).</source>
        <translation>Очікує: суму зарезервовано, її буде виплачено після перевірки. В історії видно, коли виплату завершено (або повернено на реферальний баланс у разі відхилення).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <source>%1 moved to the main balance</source>
        <translation>%1 переказано на основний баланс</translation>
    </message>
    <message>
        <source>The main balance of %1 has grown by %2.</source>
        <translation>Основний баланс %1 зріс на %2.</translation>
    </message>
    <message>
        <source>%1 moved to another project</source>
        <translation>%1 переказано на інший проєкт</translation>
    </message>
    <message>
        <source>Recipient&apos;s referral code</source>
        <translation>Реферальний код отримувача</translation>
    </message>
    <message>
        <source>for example K7M2QX9P</source>
        <translation>наприклад, K7M2QX9P</translation>
    </message>
    <message>
        <source>Ask the receiving project&apos;s owner for the referral code shown on their Referral Program page.</source>
        <translation>Попросіть власника проєкту-отримувача про реферальний код зі сторінки «Реферальна програма».</translation>
    </message>
    <message>
        <source>No project has this code.</source>
        <translation>Немає проєкту з таким кодом.</translation>
    </message>
    <message>
        <source>Credited to the main balance of %1.</source>
        <translation>Зараховано на основний баланс %1.</translation>
    </message>
    <message>
        <source>Recipient&apos;s co&amp;de</source>
        <translation>Код о&amp;тримувача</translation>
    </message>
</context>
<context>
    <name>XlsxStatementWriter</name>
    <message>
        <source>the spreadsheet library could not start.</source>
        <translation>не вдалося запустити бібліотеку електронних таблиць.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Виписка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Дата (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс після</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export a shorter period or use CSV.</source>
        <translation>Аркуш XLSX вміщує не більше %1 рядків; експортуйте коротший період або використайте CSV.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID проєкту</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Баланси</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Сформовано (UTC)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>На початок</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Рух</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>На кінець</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>UniTalk finance cabinet</source>
        <translation>Фінансовий кабінет UniTalk</translation>
    </message>
    <message>
        <source>Server address (overrides the remembered one).</source>
        <translation>Адреса сервера (замість збереженої).</translation>
    </message>
    <message>
        <source>E-mail: sign in at once with --password (screenshots, benchmarks).</source>
        <translation>Ел. пошта: одразу увійти з --password (знімки екрана, заміри).</translation>
    </message>
    <message>
        <source>Password (screenshots, benchmarks).</source>
        <translation>Пароль (знімки екрана, заміри).</translation>
    </message>
    <message>
        <source>Open this project id after sign-in.</source>
        <translation>Відкрити проєкт із цим id після входу.</translation>
    </message>
    <message>
        <source>Use a dark palette (screenshots of the dark theme).</source>
        <translation>Темна палітра (знімки темної теми).</translation>
    </message>
    <message>
        <source>Open PAGE (balance, referral, users, settings) after sign-in, if your role has it.</source>
        <translation>Відкрити сторінку PAGE (balance, referral, users, settings) після входу, якщо вона доступна вашій ролі.</translation>
    </message>
    <message>
        <source>PNG file (screenshot mode).</source>
        <translation>PNG-файл (режим знімка екрана).</translation>
    </message>
    <message>
        <source>Interface language: uk, ru, en or system.</source>
        <translation>Мова інтерфейсу: uk, ru, en або system.</translation>
    </message>
    <message>
        <source>Render PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, users, referral, audit, settings, signin, noaccess) into the PNG file given as argument, then exit.</source>
        <translation>Зберегти сторінку PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, users, referral, audit, settings, signin, noaccess) у PNG-файл, заданий аргументом, і вийти.</translation>
    </message>
</context>
</TS>
