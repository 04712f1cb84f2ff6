<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AcceptInvitationDialog</name>
    <message>
        <source>Accept an invitation</source>
        <translation>Принять приглашение</translation>
    </message>
    <message>
        <source>Paste the invitation token the project&apos;s Owner sent you, and choose your name and password.</source>
        <translation>Вставьте токен приглашения, который прислал вам владелец проекта, и укажите своё имя и пароль.</translation>
    </message>
    <message>
        <source>Invitation &amp;token</source>
        <translation>&amp;Токен приглашения</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the password</source>
        <translation>&amp;Повторите пароль</translation>
    </message>
    <message>
        <source>Accept and sign in</source>
        <translation>Принять и войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Accepting the invitation…</source>
        <translation>Принятие приглашения…</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Пароли совпадают.</translation>
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
        <translation>Те&amp;кущий пароль</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Новый пароль</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Из&amp;менить пароль</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Ваши сеансы</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere else</source>
        <translation>Выйти на &amp;всех других устройствах</translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters.</source>
        <translation>
            <numerusform>Слишком короткий: не менее %n символа.</numerusform>
            <numerusform>Слишком короткий: не менее %n символов.</numerusform>
            <numerusform>Слишком короткий: не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: a longer password, or one mixing letters, digits and signs, is harder to guess.</source>
        <translation>Слабый: более длинный пароль или пароль из букв, цифр и знаков труднее угадать.</translation>
    </message>
    <message>
        <source>Fair.</source>
        <translation>Приемлемый.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжный.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Не менее %n символа.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
            <numerusform>Не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Смена пароля…</translation>
    </message>
    <message>
        <source>Password changed. Every other session has been signed out.</source>
        <translation>Пароль изменён. Все остальные сеансы завершены.</translation>
    </message>
    <message>
        <source>Loading your sessions…</source>
        <translation>Загрузка сеансов…</translation>
    </message>
    <message>
        <source>This device</source>
        <translation>Это устройство</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out the session created %1</source>
        <translation>Завершить сеанс, начатый %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Выход…</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
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
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the invitation token</source>
        <translation>Скопировать токен приглашения</translation>
    </message>
    <message>
        <source>%1 has no account yet. Send them this invitation token: it is shown only once and is valid for 7 days. They choose &quot;I have an invitation&quot; when signing in.</source>
        <translation>У %1 ещё нет учётной записи. Отправьте этому человеку токен приглашения: он показывается только один раз и действует 7 дней. При входе нужно выбрать «У меня есть приглашение».</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add %1 &lt;%2&gt; to the project as %3?</source>
        <translation>Добавить %1 &lt;%2&gt; в проект с ролью «%3»?</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Adding the member…</source>
        <translation>Добавление участника…</translation>
    </message>
    <message>
        <source>%1 is now a member of the project.</source>
        <translation>%1 теперь участник проекта.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cannot connect to the server. Check the server address and that the server is running.</source>
        <translation>Не удалось подключиться к серверу. Проверьте адрес сервера и запущен ли он.</translation>
    </message>
    <message>
        <source>The server address was not found. Check the server address.</source>
        <translation>Адрес сервера не найден. Проверьте адрес сервера.</translation>
    </message>
    <message>
        <source>The connection to the server was interrupted before the answer was complete.</source>
        <translation>Соединение с сервером прервалось до получения полного ответа.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established.</source>
        <translation>Не удалось установить защищённое соединение с сервером.</translation>
    </message>
    <message>
        <source>The server address is not a valid http:// or https:// address.</source>
        <translation>Адрес сервера не является корректным адресом http:// или https://.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection.</source>
        <translation>Сервер недоступен. Проверьте подключение к сети.</translation>
    </message>
    <message>
        <source>The e-mail or password is not correct.</source>
        <translation>Неверный адрес электронной почты или пароль.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ваш сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>Your role in this project does not give access to this.</source>
        <translation>Ваша роль в этом проекте не даёт доступа к этому.</translation>
    </message>
    <message>
        <source>Not found: the project does not exist or you are not a member of it.</source>
        <translation>Не найдено: проект не существует или вы не являетесь его участником.</translation>
    </message>
    <message>
        <source>The server did not accept the data you entered.</source>
        <translation>Сервер не принял введённые данные.</translation>
    </message>
    <message>
        <source>There are not enough funds for this operation.</source>
        <translation>Недостаточно средств для этой операции.</translation>
    </message>
    <message>
        <source>The project is not eligible for credit funds yet.</source>
        <translation>Проект пока не может получить кредитные средства.</translation>
    </message>
    <message>
        <source>The amount is above the credit limit of the project.</source>
        <translation>Сумма превышает кредитный лимит проекта.</translation>
    </message>
    <message>
        <source>The project already has active credit funds.</source>
        <translation>У проекта уже есть активные кредитные средства.</translation>
    </message>
    <message>
        <source>This request was already sent with different data. Start a new request.</source>
        <translation>Этот запрос уже отправлен с другими данными. Начните новый запрос.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Слишком много попыток. Подождите минуту и попробуйте снова.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state. Refresh and try again.</source>
        <translation>Запрос противоречит текущему состоянию. Обновите данные и попробуйте снова.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>На сервере произошла внутренняя ошибка (HTTP %1). Попробуйте позже.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>Сервер не ответил вовремя. Попробуйте снова.</translation>
    </message>
    <message>
        <source>The server sent an answer the cabinet cannot read. The server may be misconfigured or an older version.</source>
        <translation>Сервер прислал ответ, который кабинет не может прочитать. Возможно, сервер неправильно настроен или имеет более старую версию.</translation>
    </message>
    <message>
        <source>There is no saved card: make a card top-up with &quot;Save this card for auto top-up&quot; first.</source>
        <translation>Нет сохранённой карты: сначала пополните картой с отметкой «Сохранить карту для автопополнения».</translation>
    </message>
    <message>
        <source>The request is too large for the server.</source>
        <translation>Запрос слишком велик для сервера.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>Сервер занят. Попробуйте ещё раз через мгновение.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
        <translation>Сотрудник UniTalk</translation>
    </message>
    <message>
        <source>UniTalk staff (%1)</source>
        <translation>Сотрудник UniTalk (%1)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Пополнения</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Списания</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <source>Bonuses</source>
        <translation>Бонусы</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Корректировки</translation>
    </message>
    <message>
        <source>Referral program</source>
        <translation>Реферальная программа</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <source>Who did what in %1, newest first.</source>
        <translation>Кто что делал в %1, сначала самое новое.</translation>
    </message>
    <message>
        <source>Who did what in %1, newest first. Referral program actions are shown to the Owner only.</source>
        <translation>Кто что делал в %1, сначала самое новое. Действия с реферальной программой видит только владелец.</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Кто</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Действие</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <source>name or prefix</source>
        <translation>название или начало</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Загрузка журнала действий…</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Нет записей для этих фильтров.</translation>
    </message>
    <message>
        <source>audit-%1.csv</source>
        <translation>audit-%1.csv</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Экспорт журнала действий</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>Экспорт… %n запись</numerusform>
            <numerusform>Экспорт… %n записи</numerusform>
            <numerusform>Экспорт… %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n запись сохранена в %1.</numerusform>
            <numerusform>%n записи сохранены в %1.</numerusform>
            <numerusform>%n записей сохранено в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Автопополнение</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Сохранённая карта</translation>
    </message>
    <message>
        <source>Low-balance alert</source>
        <translation>Предупреждение о низком балансе</translation>
    </message>
</context>
<context>
    <name>AutoTopUpDialog</name>
    <message>
        <source>&amp;Top up automatically from the saved card</source>
        <translation>&amp;Пополнять автоматически с сохранённой карты</translation>
    </message>
    <message>
        <source>&amp;Warn me when the main balance falls below</source>
        <translation>&amp;Предупреждать, когда основной баланс ниже</translation>
    </message>
    <message>
        <source>&amp;Remove card</source>
        <translation>&amp;Удалить карту</translation>
    </message>
    <message>
        <source>Auto top-up and alerts</source>
        <translation>Автопополнение и оповещения</translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Автопополнение</translation>
    </message>
    <message>
        <source>When the main balance falls below the threshold, the saved card is charged with the amount once; the next time only after the balance has been at or above the threshold again.</source>
        <translation>Когда основной баланс опускается ниже порога, с сохранённой карты один раз списывается сумма; в следующий раз — только после того, как баланс снова достигнет порога.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>Top-up amount</source>
        <translation>Сумма пополнения</translation>
    </message>
    <message>
        <source>Alert threshold</source>
        <translation>Порог оповещения</translation>
    </message>
    <message>
        <source>When the main balance falls &amp;below</source>
        <translation>Когда основной баланс &amp;ниже</translation>
    </message>
    <message>
        <source>Top up &amp;by</source>
        <translation>Пополнить &amp;на</translation>
    </message>
    <message>
        <source>Low-balance alert</source>
        <translation>Оповещение о низком балансе</translation>
    </message>
    <message>
        <source>The bell and a desktop notification tell you when it happens.</source>
        <translation>Об этом сообщат колокольчик и уведомление на рабочем столе.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Remove card</source>
        <translation>Удалить карту</translation>
    </message>
    <message>
        <source>Remove the saved card %1? Auto top-up is turned off with it.</source>
        <translation>Удалить сохранённую карту %1? Автопополнение будет отключено вместе с ней.</translation>
    </message>
    <message>
        <source>Loading the settings…</source>
        <translation>Загрузка настроек…</translation>
    </message>
    <message>
        <source>Saved card: %1</source>
        <translation>Сохранённая карта: %1</translation>
    </message>
    <message>
        <source>No saved card. Top up by bank card once with &quot;Save this card for auto top-up&quot; ticked.</source>
        <translation>Нет сохранённой карты. Один раз пополните банковской картой с отметкой «Сохранить карту для автопополнения».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Removing the card…</source>
        <translation>Удаление карты…</translation>
    </message>
    <message>
        <source>The card was removed and auto top-up turned off.</source>
        <translation>Карта удалена, автопополнение отключено.</translation>
    </message>
    <message>
        <source>Nothing has changed; nothing to save.</source>
        <translation>Ничего не изменено; сохранять нечего.</translation>
    </message>
</context>
<context>
    <name>BalanceCards</name>
    <message>
        <source>Main balance</source>
        <translation>Основной баланс</translation>
    </message>
    <message>
        <source>Bonus balance</source>
        <translation>Бонусный баланс</translation>
    </message>
    <message>
        <source>Credit funds</source>
        <translation>Кредитные средства</translation>
    </message>
    <message>
        <source>Personal funds: pays for every service</source>
        <translation>Собственные средства: оплата любых услуг</translation>
    </message>
    <message>
        <source>Spent first, on service subscriptions only</source>
        <translation>Списывается первым, только за абонплату сервиса</translation>
    </message>
    <message>
        <source>No active credit</source>
        <translation>Нет активного кредита</translation>
    </message>
    <message>
        <source>Debt: the next top-ups repay it first</source>
        <translation>Долг: следующие пополнения сначала погашают его</translation>
    </message>
    <message>
        <source>Granted %1 · used %2</source>
        <translation>Выдано %1 · использовано %2</translation>
    </message>
    <message>
        <source>⚠ Due %1: unspent credit is withdrawn, used credit becomes a debt</source>
        <translation>⚠ Срок %1: неизрасходованный кредит будет списан, использованный станет долгом</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Less than a day left at your average spend</source>
        <translation>При ваших средних расходах осталось меньше суток</translation>
    </message>
    <message numerus="yes">
        <source>About %n day(s) left at your average spend</source>
        <translation>
            <numerusform>При ваших средних расходах осталось примерно %n день</numerusform>
            <numerusform>При ваших средних расходах осталось примерно %n дня</numerusform>
            <numerusform>При ваших средних расходах осталось примерно %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Average spend: %1 a day over the last %n day(s)</source>
        <translation>
            <numerusform>Средние расходы: %1 в день за последний %n день</numerusform>
            <numerusform>Средние расходы: %1 в день за последние %n дня</numerusform>
            <numerusform>Средние расходы: %1 в день за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Below zero: top up to pay for services</source>
        <translation>⚠ Ниже нуля: пополните, чтобы оплачивать услуги</translation>
    </message>
    <message>
        <source>⚠ Low balance: below your alert threshold of %1</source>
        <translation>⚠ Низкий баланс: ниже вашего порога оповещения %1</translation>
    </message>
</context>
<context>
    <name>BalanceChartsPanel</name>
    <message>
        <source>Spend by category per month</source>
        <translation>Расходы по категориям за месяц</translation>
    </message>
    <message>
        <source>Balance at the end of each day</source>
        <translation>Баланс на конец каждого дня</translation>
    </message>
    <message>
        <source>Chart period</source>
        <translation>Период графиков</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>Loading the charts…</source>
        <translation>Загрузка графиков…</translation>
    </message>
    <message>
        <source>Balance at the end of each day, %1</source>
        <translation>Баланс на конец каждого дня, %1</translation>
    </message>
    <message>
        <source>Spend by category per month, last 12 months, %1</source>
        <translation>Расходы по категориям за месяц, последние 12 месяцев, %1</translation>
    </message>
</context>
<context>
    <name>BalanceHistoryChart</name>
    <message>
        <source>Balance over time</source>
        <translation>Баланс во времени</translation>
    </message>
    <message>
        <source>%1
Main: %2
Bonus: %3
Credit available: %4</source>
        <translation>%1
Основной: %2
Бонусный: %3
Доступный кредит: %4</translation>
    </message>
</context>
<context>
    <name>BalancePage</name>
    <message>
        <source>Finance, Balance</source>
        <translation>Финансы, Баланс</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Графики</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Load the balances and the history again (also done every minute)</source>
        <translation>Загрузить балансы и историю заново (это также происходит каждую минуту)</translation>
    </message>
    <message>
        <source>Request &amp;credit…</source>
        <translation>Запросить &amp;кредит…</translation>
    </message>
    <message>
        <source>&amp;Top up…</source>
        <translation>&amp;Пополнить…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Другой период…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>All balances</source>
        <translation>Все балансы</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Все операции</translation>
    </message>
    <message>
        <source>Search loaded entries</source>
        <translation>Поиск в загруженном</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Поиск в истории</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>История баланса</translation>
    </message>
    <message>
        <source>Loading balances…</source>
        <translation>Загрузка балансов…</translation>
    </message>
    <message>
        <source>Could not refresh the balances: %1</source>
        <translation>Не удалось обновить балансы: %1</translation>
    </message>
    <message>
        <source>%1 · updated at %2</source>
        <translation>%1 · обновлено в %2</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <source>Loading more entries…</source>
        <translation>Загрузка других записей…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n entries saved on this computer.</source>
        <translation>
            <numerusform>Офлайн: %n запись сохранена на этом компьютере.</numerusform>
            <numerusform>Офлайн: %n записи сохранены на этом компьютере.</numerusform>
            <numerusform>Офлайн: %n записей сохранено на этом компьютере.</numerusform>
        </translation>
    </message>
    <message>
        <source>No operations for the selected filters.</source>
        <translation>Нет операций по выбранным фильтрам.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries among the %1 loaded; scroll down to load more.</source>
        <translation>
            <numerusform>%n подходящая запись среди %1 загруженных; прокрутите вниз, чтобы загрузить ещё.</numerusform>
            <numerusform>%n подходящие записи среди %1 загруженных; прокрутите вниз, чтобы загрузить ещё.</numerusform>
            <numerusform>%n подходящих записей среди %1 загруженных; прокрутите вниз, чтобы загрузить ещё.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries loaded; scroll down to load more.</source>
        <translation>
            <numerusform>Загружена %n запись; прокрутите вниз, чтобы загрузить ещё.</numerusform>
            <numerusform>Загружено %n записи; прокрутите вниз, чтобы загрузить ещё.</numerusform>
            <numerusform>Загружено %n записей; прокрутите вниз, чтобы загрузить ещё.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n запись.</numerusform>
            <numerusform>%n записи.</numerusform>
            <numerusform>%n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>Недоступно офлайн: сервер недоступен.</translation>
    </message>
    <message>
        <source>%1 · saved figures from %2</source>
        <translation>%1 · сохранённые данные от %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n saved entries loaded; scroll down to load more.</source>
        <translation>
            <numerusform>Офлайн: загружена %n сохранённая запись; прокрутите вниз, чтобы загрузить ещё.</numerusform>
            <numerusform>Офлайн: загружены %n сохранённые записи; прокрутите вниз, чтобы загрузить ещё.</numerusform>
            <numerusform>Офлайн: загружено %n сохранённых записей; прокрутите вниз, чтобы загрузить ещё.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who will pay this?</source>
        <translation>&amp;Кто за это заплатит?</translation>
    </message>
    <message>
        <source>See which balances would pay for a service, before it is charged</source>
        <translation>Посмотреть, какие балансы оплатят услугу, до её списания</translation>
    </message>
    <message>
        <source>&amp;Auto top-up…</source>
        <translation>&amp;Автопополнение…</translation>
    </message>
    <message>
        <source>Top up from a saved card when the balance runs low; low-balance alert</source>
        <translation>Пополнение с сохранённой карты, когда баланс заканчивается; оповещение о низком балансе</translation>
    </message>
</context>
<context>
    <name>CachedStatement</name>
    <message>
        <source>The offline cache may not hold every entry of this period.</source>
        <translation>Офлайн-кеш может содержать не все записи этого периода.</translation>
    </message>
    <message>
        <source>The offline cache holds this period only up to %1; later entries may be missing.</source>
        <translation>Офлайн-кеш содержит этот период только до %1; более поздних записей может не быть.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>Enter the card number.</source>
        <translation>Введите номер карты.</translation>
    </message>
    <message>
        <source>A card number has digits only.</source>
        <translation>Номер карты состоит только из цифр.</translation>
    </message>
    <message>
        <source>Too short: a card number has %1 to %2 digits.</source>
        <translation>Слишком коротко: номер карты содержит от %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>Too long: a card number has %1 to %2 digits.</source>
        <translation>Слишком длинно: номер карты содержит от %1 до %2 цифр.</translation>
    </message>
    <message>
        <source>This is not a valid card number: check the digits.</source>
        <translation>Это недействительный номер карты: проверьте цифры.</translation>
    </message>
</context>
<context>
    <name>CreditRequestDialog</name>
    <message>
        <source>Request credit funds</source>
        <translation>Запрос кредитных средств</translation>
    </message>
    <message>
        <source>Credit funds are granted by UniTalk staff on request, for up to 5 days, up to 30% of the project&apos;s average monthly spend. They pay for every service.</source>
        <translation>Кредитные средства предоставляют сотрудники UniTalk по запросу на срок до 5 дней, до 30% средних месячных расходов проекта. Ими можно оплатить любые услуги.</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Сумма кредита</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Term in days</source>
        <translation>Срок в днях</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <source>Send &amp;request</source>
        <translation>Отправить &amp;запрос</translation>
    </message>
    <message>
        <source>Checking eligibility…</source>
        <translation>Проверка возможности кредита…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Using the service for %n days</source>
        <translation>
            <numerusform>Пользуется сервисом %n день</numerusform>
            <numerusform>Пользуется сервисом %n дня</numerusform>
            <numerusform>Пользуется сервисом %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n top-ups totalling %1</source>
        <translation>
            <numerusform>%n пополнение на сумму %1</numerusform>
            <numerusform>%n пополнения на сумму %1</numerusform>
            <numerusform>%n пополнений на сумму %1</numerusform>
        </translation>
    </message>
    <message>
        <source>average monthly spend %1</source>
        <translation>средние расходы в месяц %1</translation>
    </message>
    <message numerus="yes">
        <source>You can request up to %1 for up to %n days.</source>
        <translation>
            <numerusform>Можно запросить до %1 на срок до %n дня.</numerusform>
            <numerusform>Можно запросить до %1 на срок до %n дней.</numerusform>
            <numerusform>Можно запросить до %1 на срок до %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project is not eligible for credit funds yet.</source>
        <translation>Проект пока не может получить кредитные средства.</translation>
    </message>
    <message>
        <source>Sending the request…</source>
        <translation>Отправка запроса…</translation>
    </message>
    <message>
        <source>Request No. %1 was sent (status: %2). UniTalk staff will review it; granted credit appears on the Balance page.</source>
        <translation>Запрос № %1 отправлен (статус: %2). Сотрудники UniTalk рассмотрят его; выданный кредит появится на странице «Баланс».</translation>
    </message>
</context>
<context>
    <name>CreditRequestsModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>EventFeed</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Low main balance</source>
        <translation>Низкий основной баланс</translation>
    </message>
    <message>
        <source>Credit funds due soon</source>
        <translation>Скоро срок кредитных средств</translation>
    </message>
    <message>
        <source>Credit term ended</source>
        <translation>Срок кредита истёк</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Пополнение оплачено</translation>
    </message>
    <message>
        <source>Auto top-up started</source>
        <translation>Автопополнение начато</translation>
    </message>
    <message>
        <source>Auto top-up failed</source>
        <translation>Автопополнение не удалось</translation>
    </message>
    <message>
        <source>Referral withdrawal completed</source>
        <translation>Вывод с реферального баланса выполнен</translation>
    </message>
    <message>
        <source>Referral withdrawal rejected</source>
        <translation>Вывод с реферального баланса отклонён</translation>
    </message>
    <message>
        <source>Notification (%1)</source>
        <translation>Уведомление (%1)</translation>
    </message>
    <message>
        <source>The main balance is %1, below your alert threshold of %2.</source>
        <translation>Основной баланс — %1, ниже вашего порога оповещения %2.</translation>
    </message>
    <message>
        <source>The main balance fell below your alert threshold.</source>
        <translation>Основной баланс опустился ниже вашего порога оповещения.</translation>
    </message>
    <message>
        <source>Within a day unspent credit is withdrawn and used credit becomes a debt.</source>
        <translation>В течение суток неиспользованный кредит будет списан, а использованный станет долгом.</translation>
    </message>
    <message>
        <source>Due %1: unspent credit is withdrawn and used credit becomes a debt.</source>
        <translation>Срок %1: неиспользованный кредит будет списан, а использованный станет долгом.</translation>
    </message>
    <message>
        <source>Unspent credit was withdrawn; %1 of used credit is now a debt on the main balance.</source>
        <translation>Неиспользованный кредит списан; %1 использованного кредита теперь долг на основном балансе.</translation>
    </message>
    <message>
        <source>Unspent credit funds were withdrawn.</source>
        <translation>Неиспользованные кредитные средства списаны.</translation>
    </message>
    <message>
        <source>A top-up was credited to the main balance.</source>
        <translation>Пополнение зачислено на основной баланс.</translation>
    </message>
    <message>
        <source>%1 was credited to the main balance.</source>
        <translation>%1 зачислено на основной баланс.</translation>
    </message>
    <message>
        <source>The main balance fell below the auto top-up threshold: a payment from the saved card started.</source>
        <translation>Основной баланс опустился ниже порога автопополнения: начат платёж с сохранённой карты.</translation>
    </message>
    <message>
        <source>The main balance fell below the auto top-up threshold: a payment of %1 from the saved card started.</source>
        <translation>Основной баланс опустился ниже порога автопополнения: начат платёж %1 с сохранённой карты.</translation>
    </message>
    <message>
        <source>The payment from the saved card did not go through. Top up by hand or check the card.</source>
        <translation>Платёж с сохранённой карты не прошёл. Пополните вручную или проверьте карту.</translation>
    </message>
    <message>
        <source>The payment of %1 from the saved card did not go through. Top up by hand or check the card.</source>
        <translation>Платёж %1 с сохранённой карты не прошёл. Пополните вручную или проверьте карту.</translation>
    </message>
    <message>
        <source>A referral withdrawal was paid out.</source>
        <translation>Вывод с реферального баланса выплачен.</translation>
    </message>
    <message>
        <source>%1 of the referral balance was paid out.</source>
        <translation>%1 с реферального баланса выплачено.</translation>
    </message>
    <message>
        <source>A referral withdrawal was rejected; the amount is back on the referral balance.</source>
        <translation>Вывод с реферального баланса отклонён; сумма вернулась на реферальный баланс.</translation>
    </message>
    <message>
        <source>The withdrawal of %1 was rejected; the amount is back on the referral balance.</source>
        <translation>Вывод %1 отклонён; сумма вернулась на реферальный баланс.</translation>
    </message>
</context>
<context>
    <name>HistorySync</name>
    <message>
        <source>Cannot write the offline cache: %1</source>
        <translation>Не удалось записать офлайн-кеш: %1</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Invoice No. %1</source>
        <translation>Счёт № %1</translation>
    </message>
    <message>
        <source>UniTalk: cloud telephony</source>
        <translation>UniTalk: облачная телефония</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Payment purpose</source>
        <translation>Назначение платежа</translation>
    </message>
    <message>
        <source>Telecommunication services, invoice No. %1</source>
        <translation>Телекоммуникационные услуги, счёт № %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Bank transfer from any Ukrainian bank</source>
        <translation>Банковский перевод из любого украинского банка</translation>
    </message>
    <message>
        <source>The amount is credited to the main balance when the payment arrives, usually within 3 business days.</source>
        <translation>Сумма зачисляется на основной баланс после поступления платежа, обычно в течение 3 рабочих дней.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the PDF file %1.</source>
        <translation>Не удалось создать PDF-файл %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceSaving</name>
    <message>
        <source>invoice-%1.pdf</source>
        <translation>счёт-%1.pdf</translation>
    </message>
    <message>
        <source>Save invoice</source>
        <translation>Сохранить счёт</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keyring did not answer.</source>
        <translation>Системное хранилище паролей не ответило.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Charge</source>
        <translation>Списание</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Пополнение</translation>
    </message>
    <message>
        <source>Bonus credited</source>
        <translation>Начислен бонус</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Компенсация</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Корректировка</translation>
    </message>
    <message>
        <source>Credit granted</source>
        <translation>Выдан кредит</translation>
    </message>
    <message>
        <source>Credit repayment</source>
        <translation>Погашение кредита</translation>
    </message>
    <message>
        <source>Credit term ended</source>
        <translation>Срок кредита истёк</translation>
    </message>
    <message>
        <source>Referral transfer</source>
        <translation>Реферальный перевод</translation>
    </message>
    <message>
        <source>Service subscription</source>
        <translation>Абонплата за сервис</translation>
    </message>
    <message>
        <source>Number subscription</source>
        <translation>Абонплата за номер</translation>
    </message>
    <message>
        <source>Number connection</source>
        <translation>Подключение номера</translation>
    </message>
    <message>
        <source>Outgoing calls (rented number)</source>
        <translation>Звонки с арендованного номера</translation>
    </message>
    <message>
        <source>Guaranteed dialing</source>
        <translation>Гарантированный дозвон</translation>
    </message>
    <message>
        <source>Autodialer</source>
        <translation>Автообзвон</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Вызовы API</translation>
    </message>
    <message>
        <source>Answering machine detection</source>
        <translation>Распознавание автоответчика</translation>
    </message>
    <message>
        <source>SMS notifications</source>
        <translation>SMS-уведомления</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Бонусный</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Кредитный</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Balance adjustment</source>
        <translation>Корректировка баланса</translation>
    </message>
    <message>
        <source>Top-up requested</source>
        <translation>Запрос на пополнение</translation>
    </message>
    <message>
        <source>Top-up paid</source>
        <translation>Пополнение оплачено</translation>
    </message>
    <message>
        <source>Top-up failed</source>
        <translation>Пополнение не удалось</translation>
    </message>
    <message>
        <source>Credit requested</source>
        <translation>Запрос на кредит</translation>
    </message>
    <message>
        <source>Credit request rejected</source>
        <translation>Запрос на кредит отклонён</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Участник добавлен</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Роль участника изменена</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Участник удалён</translation>
    </message>
    <message>
        <source>Referral withdrawal requested</source>
        <translation>Запрос на вывод реферальных средств</translation>
    </message>
    <message>
        <source>Referral withdrawal completed</source>
        <translation>Вывод реферальных средств выполнен</translation>
    </message>
    <message>
        <source>Referral withdrawal rejected</source>
        <translation>Вывод реферальных средств отклонён</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>method</source>
        <translation>способ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
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
        <translation>приглашён</translation>
    </message>
    <message>
        <source>term, days</source>
        <translation>срок, дней</translation>
    </message>
    <message>
        <source>debt moved to main</source>
        <translation>долг перенесён на основной</translation>
    </message>
    <message>
        <source>unspent credit withdrawn</source>
        <translation>неиспользованный кредит списан</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>проводка</translation>
    </message>
    <message>
        <source>top-up</source>
        <translation>пополнение</translation>
    </message>
    <message>
        <source>request</source>
        <translation>запрос</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>кредит</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <source>Auto top-up</source>
        <translation>Автопополнение</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Ожидает решения</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Предоставлен</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>Top-up cancelled</source>
        <translation>Пополнение отменено</translation>
    </message>
    <message>
        <source>Auto top-up opened</source>
        <translation>Открыто автопополнение</translation>
    </message>
    <message>
        <source>Saved card removed</source>
        <translation>Сохранённая карта удалена</translation>
    </message>
    <message>
        <source>Auto top-up settings changed</source>
        <translation>Изменены настройки автопополнения</translation>
    </message>
    <message>
        <source>Low-balance alert changed</source>
        <translation>Изменено предупреждение о низком балансе</translation>
    </message>
    <message>
        <source>Credit request cancelled</source>
        <translation>Запрос на кредит отменён</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>on</source>
        <translation>включено</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <source>low-balance threshold</source>
        <translation>порог низкого баланса</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UniTalk Cabinet</source>
        <translation>Кабинет UniTalk</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>Нет системного хранилища паролей: в следующий раз нужно будет войти снова.</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Проект</translation>
    </message>
    <message>
        <source>Current project</source>
        <translation>Текущий проект</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
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
        <translation>%1 — Кабинет UniTalk</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <translation>Реферальная программа</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sign out of UniTalk Cabinet?</source>
        <translation>Выйти из Кабинета UniTalk?</translation>
    </message>
    <message>
        <source>Also delete the offline copy of the figures on this computer</source>
        <translation>Также удалить офлайн-копию данных на этом компьютере</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s): open the bell to read them.</source>
        <translation>
            <numerusform>%n новое уведомление: откройте колокольчик, чтобы прочитать.</numerusform>
            <numerusform>%n новых уведомления: откройте колокольчик, чтобы прочитать.</numerusform>
            <numerusform>%n новых уведомлений: откройте колокольчик, чтобы прочитать.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top-ups &amp; requests</source>
        <translation>Пополнения и запросы</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>The amount must be positive.</source>
        <translation>Сумма должна быть положительной.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» не является суммой.</translation>
    </message>
    <message>
        <source>Use at most two digits after the decimal point.</source>
        <translation>Используйте не более двух цифр после запятой.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>The minimum is %1.</source>
        <translation>Минимум — %1.</translation>
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
За месяц: %4</translation>
    </message>
</context>
<context>
    <name>NoFinanceAccessPage</name>
    <message>
        <source>No access to finances</source>
        <translation>Нет доступа к финансам</translation>
    </message>
    <message>
        <source>Your role in %1 is %2. Balances, top-ups, credit and the referral program are available to the project&apos;s Owner and Administrators.
Ask the Owner of the project if you need access. You can still see the project&apos;s members under Users.</source>
        <translation>Ваша роль в %1 — %2. Балансы, пополнения, кредит и реферальная программа доступны Владельцу и Администраторам проекта.
Если вам нужен доступ, обратитесь к Владельцу проекта. Участников проекта по-прежнему можно посмотреть в разделе «Пользователи».</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитанное уведомление</numerusform>
            <numerusform>%n непрочитанных уведомления</numerusform>
            <numerusform>%n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
</context>
<context>
    <name>NotificationsPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Mark all as &amp;read</source>
        <translation>Отметить всё &amp;прочитанным</translation>
    </message>
    <message>
        <source>No notifications yet. Payments, low balance, auto top-up and credit dates show up here and on the desktop.</source>
        <translation>Уведомлений пока нет. Платежи, низкий баланс, автопополнение и сроки кредита появятся здесь и на рабочем столе.</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Состояние соединения</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline since %1.&lt;/b&gt; Showing the figures saved on this computer, read-only.</source>
        <translation>&lt;b&gt;Офлайн с %1.&lt;/b&gt; Показаны данные, сохранённые на этом компьютере, только для просмотра.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Top-ups and credit requests wait until the connection is back; the cabinet retries by itself and catches up.</source>
        <translation>Сервер недоступен. Пополнения и запросы кредита ждут восстановления соединения; кабинет сам повторяет попытки и обновляет данные.</translation>
    </message>
</context>
<context>
    <name>OfflineCache</name>
    <message>
        <source>There is no cache for this project yet.</source>
        <translation>Для этого проекта ещё нет кеша.</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Кеш не открыт.</translation>
    </message>
    <message>
        <source>Refused a history entry that is not of the main, bonus or credit balance.</source>
        <translation>Отклонена запись истории, не относящаяся к основному, бонусному или кредитному балансу.</translation>
    </message>
    <message>
        <source>Referral data is kept only for the project&apos;s Owner.</source>
        <translation>Реферальные данные хранятся только для Владельца проекта.</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Finance, Top-ups and requests</source>
        <translation>Финансы, Пополнения и запросы</translation>
    </message>
    <message>
        <source>Top-ups &amp; requests</source>
        <translation>Пополнения и запросы</translation>
    </message>
    <message>
        <source>Your invoices, card and automatic payments and your credit requests, with what became of them. A pending invoice or credit request can be cancelled.</source>
        <translation>Ваши счета, платежи картой и автоматические платежи и запросы на кредит — и что с ними стало. Неоплаченный счёт или нерассмотренный запрос можно отменить.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Top-&amp;ups</source>
        <translation>&amp;Пополнения</translation>
    </message>
    <message>
        <source>Credit re&amp;quests</source>
        <translation>&amp;Запросы на кредит</translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation>Пополнения</translation>
    </message>
    <message>
        <source>&amp;Save invoice as PDF…</source>
        <translation>&amp;Сохранить счёт в PDF…</translation>
    </message>
    <message>
        <source>Cancel &amp;invoice…</source>
        <translation>Отменить &amp;счёт…</translation>
    </message>
    <message>
        <source>Cancel a pending invoice you no longer mean to pay</source>
        <translation>Отменить неоплаченный счёт, который вы больше не собираетесь оплачивать</translation>
    </message>
    <message>
        <source>Credit requests</source>
        <translation>Запросы на кредит</translation>
    </message>
    <message>
        <source>Cancel re&amp;quest…</source>
        <translation>Отменить &amp;запрос…</translation>
    </message>
    <message>
        <source>Withdraw a credit request staff have not decided yet</source>
        <translation>Отозвать запрос на кредит, который ещё не рассмотрен</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No top-ups yet.</source>
        <translation>Пополнений пока нет.</translation>
    </message>
    <message>
        <source>No credit requests yet.</source>
        <translation>Запросов на кредит пока нет.</translation>
    </message>
    <message>
        <source>Cancel the credit request for %1? Staff will not consider it any more.</source>
        <translation>Отменить запрос на кредит на %1? Его больше не будут рассматривать.</translation>
    </message>
    <message>
        <source>Cancel invoice No. %1 for %2? Do not pay it after cancelling.</source>
        <translation>Отменить счёт № %1 на %2? После отмены не оплачивайте его.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Отменить запрос</translation>
    </message>
    <message>
        <source>Cancel invoice</source>
        <translation>Отменить счёт</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Invoice No. %1 was cancelled.</source>
        <translation>Счёт № %1 отменён.</translation>
    </message>
    <message>
        <source>The credit request was cancelled.</source>
        <translation>Запрос на кредит отменён.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the list; nothing was cancelled.</source>
        <translation>Этого счёта больше нет в списке; ничего не отменено.</translation>
    </message>
    <message>
        <source>Invoice No. %1 is no longer pending; nothing was cancelled.</source>
        <translation>Счёт № %1 больше не ожидает оплаты; ничего не отменено.</translation>
    </message>
    <message>
        <source>This credit request is no longer in the list; nothing was cancelled.</source>
        <translation>Этого запроса на кредит больше нет в списке; ничего не отменено.</translation>
    </message>
    <message>
        <source>This credit request is no longer pending; nothing was cancelled.</source>
        <translation>Этот запрос на кредит уже не ожидает решения; ничего не отменено.</translation>
    </message>
    <message>
        <source>This top-up can no longer be cancelled: %1</source>
        <translation>Это пополнение уже нельзя отменить: %1</translation>
    </message>
    <message>
        <source>Invoice No. %1 can no longer be cancelled: %2</source>
        <translation>Счёт № %1 уже нельзя отменить: %2</translation>
    </message>
    <message>
        <source>This credit request can no longer be cancelled: %1</source>
        <translation>Эту заявку на кредит уже нельзя отменить: %1</translation>
    </message>
</context>
<context>
    <name>PdfStatementWriter</name>
    <message>
        <source>Statement %1 – %2</source>
        <translation>Выписка %1 – %2</translation>
    </message>
    <message>
        <source>Project %1 · Balances: %2 · Currency: %3</source>
        <translation>Проект %1 · Балансы: %2 · Валюта: %3</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Сформировано %1 UTC</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Cannot create a temporary file: %1</source>
        <translation>Не удалось создать временный файл: %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file: %1</source>
        <translation>Не удалось записать временный файл: %1</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>На конец</translation>
    </message>
    <message>
        <source>Warning: the figures do not add up (%1).</source>
        <translation>Внимание: суммы не сходятся (%1).</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Debited</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Totals by category</source>
        <translation>Итоги по категориям</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Итоги по видам</translation>
    </message>
    <message>
        <source>The statement is too long for one PDF; export a shorter period.</source>
        <translation>Выписка слишком длинная для одного PDF; экспортируйте более короткий период.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>не удалось начать PDF.</translation>
    </message>
    <message>
        <source>No entries in this period.</source>
        <translation>Нет записей за этот период.</translation>
    </message>
    <message>
        <source>Cannot read a temporary file: %1</source>
        <translation>Не удалось прочитать временный файл: %1</translation>
    </message>
</context>
<context>
    <name>ProjectChooserPage</name>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Открыть проект</translation>
    </message>
    <message>
        <source>Choose a project</source>
        <translation>Выберите проект</translation>
    </message>
    <message>
        <source>You are a member of several projects. Your role decides what you see in each.</source>
        <translation>Вы участник нескольких проектов. Ваша роль определяет, что вы видите в каждом.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>You are not a member of any project yet. Ask the project&apos;s Owner to add you.</source>
        <translation>Вы ещё не участник ни одного проекта. Попросите Владельца проекта добавить вас.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
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
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Payout returned</source>
        <translation>Выплата возвращена</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>Банковская карта</translation>
    </message>
    <message>
        <source>Own main balance</source>
        <translation>Собственный основной баланс</translation>
    </message>
    <message>
        <source>Another project</source>
        <translation>Другой проект</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>От %1</translation>
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
        <translation>Операция</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс после</translation>
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
        <translation>Финансы, Реферальная программа</translation>
    </message>
    <message>
        <source>Referral Program</source>
        <translation>Реферальная программа</translation>
    </message>
    <message>
        <source>Invite other companies with your code or link: you earn a commission every time their main or credit balance is charged. Only the Owner sees this page.</source>
        <translation>Приглашайте другие компании по своему коду или ссылке: вы получаете комиссию каждый раз, когда с их основного или кредитного баланса списываются средства. Эту страницу видит только Владелец.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Присоединился</translation>
    </message>
    <message>
        <source>Earned in total</source>
        <translation>Заработано всего</translation>
    </message>
    <message>
        <source>Referred projects</source>
        <translation>Привлечённые проекты</translation>
    </message>
    <message>
        <source>Commission earned per month</source>
        <translation>Заработанная комиссия по месяцам</translation>
    </message>
    <message>
        <source>Commission earned</source>
        <translation>Заработанная комиссия</translation>
    </message>
    <message>
        <source>Commission per month, last 12 months</source>
        <translation>Комиссия по месяцам, последние 12 месяцев</translation>
    </message>
    <message>
        <source>Referral link</source>
        <translation>Реферальная ссылка</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Вывести…</translation>
    </message>
    <message>
        <source>Copy the referral code</source>
        <translation>Копировать реферальный код</translation>
    </message>
    <message>
        <source>Copy the referral link</source>
        <translation>Копировать реферальную ссылку</translation>
    </message>
    <message>
        <source>Referral balance</source>
        <translation>Реферальный баланс</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <source>Your referral code</source>
        <translation>Ваш реферальный код</translation>
    </message>
    <message>
        <source>History of the referral balance</source>
        <translation>История реферального баланса</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <source>No commission yet: share your link to invite companies.</source>
        <translation>Комиссии пока нет: делитесь своей ссылкой, чтобы приглашать компании.</translation>
    </message>
    <message>
        <source>Loading the referral program…</source>
        <translation>Загрузка реферальной программы…</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>Недоступно офлайн: сервер недоступен.</translation>
    </message>
    <message>
        <source>Offline: the referral figures saved on this computer.</source>
        <translation>Офлайн: реферальные данные, сохранённые на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>%1 · statement of the main, bonus and credit balances for a period</source>
        <translation>%1 · выписка основного, бонусного и кредитного балансов за период</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <source>All balances</source>
        <translation>Все балансы</translation>
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
        <translation>PDF (A4, для печати)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (книга Excel)</translation>
    </message>
    <message>
        <source>UTF-8 B&amp;OM for spreadsheets</source>
        <translation>UTF-8 B&amp;OM для электронных таблиц</translation>
    </message>
    <message>
        <source>Lets Excel read Cyrillic text in the CSV correctly; leave it off for other programs.</source>
        <translation>Позволяет Excel правильно читать кириллицу в CSV; для других программ оставьте выключенным.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Файл результата</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Сохранить &amp;как</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>выписка</translation>
    </message>
    <message>
        <source>Save the statement</source>
        <translation>Сохранить выписку</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>The first day of the period is after the last one.</source>
        <translation>Первый день периода позже последнего.</translation>
    </message>
    <message>
        <source>Choose where to save the statement.</source>
        <translation>Выберите, куда сохранить выписку.</translation>
    </message>
    <message>
        <source>Cannot open the offline cache: %1</source>
        <translation>Не удалось открыть офлайн-кеш: %1</translation>
    </message>
    <message>
        <source>Bringing the history of the period up to date…</source>
        <translation>Обновление истории за период…</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Запись выписки…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries fetched</source>
        <translation>
            <numerusform>Получена %n запись</numerusform>
            <numerusform>Получено %n записи</numerusform>
            <numerusform>Получено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 entries</source>
        <translation>
            <numerusform>%1 из %2 записи</numerusform>
            <numerusform>%1 из %2 записей</numerusform>
            <numerusform>%1 из %2 записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Сохранено в %1.</translation>
    </message>
    <message>
        <source>Saved to %1. %2</source>
        <translation>Сохранено в %1. %2</translation>
    </message>
    <message>
        <source>Let other users of this computer read the file</source>
        <translation>Разрешить другим пользователям этого компьютера читать файл</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Супервайзер</translation>
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
        <translation>Неизвестная роль</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ваш сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://cabinet.example.com.</source>
        <translation>Введите адрес сервера, например https://cabinet.example.com.</translation>
    </message>
    <message>
        <source>Plain http:// sends your password and session unencrypted, so it is allowed only for this computer (localhost). Use https://%1 instead.</source>
        <translation>Обычный http:// передаёт ваш пароль и сеанс без шифрования, поэтому он разрешён только для этого компьютера (localhost). Используйте https://%1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Вы вошли как</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;Apply and sign in again</source>
        <translation>&amp;Применить и войти снова</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Kept in the system keyring: you stay signed in after a restart.</source>
        <translation>Хранится в системном хранилище паролей: после перезапуска вы останетесь в системе.</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>Нет системного хранилища паролей: в следующий раз нужно будет войти снова.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>UniTalk Cabinet</source>
        <translation>Кабинет UniTalk</translation>
    </message>
    <message>
        <source>Sign in to see your project&apos;s balances and users.</source>
        <translation>Войдите, чтобы видеть балансы и пользователей своего проекта.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Адрес сервера</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>No system keyring: you will need to sign in again next time.</source>
        <translation>Нет системного хранилища паролей: в следующий раз нужно будет войти снова.</translation>
    </message>
    <message>
        <source>Enter your e-mail and password.</source>
        <translation>Введите адрес электронной почты и пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>I have an &amp;invitation…</source>
        <translation>У меня есть &amp;приглашение…</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
</context>
<context>
    <name>StatementExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot read the statement: %1</source>
        <translation>Не удалось прочитать выписку: %1</translation>
    </message>
</context>
<context>
    <name>StatementJob</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>The server cannot be reached: the statement was made from the offline cache.</source>
        <translation>Сервер недоступен: выписка сформирована из офлайн-кеша.</translation>
    </message>
</context>
<context>
    <name>StatementTotals</name>
    <message>
        <source>The statement&apos;s totals exceed the 64-bit range.</source>
        <translation>Итоги выписки выходят за 64-битный диапазон.</translation>
    </message>
    <message>
        <source>%1: opening %2 + movements %3 ≠ closing %4</source>
        <translation>%1: на начало %2 + движение %3 ≠ на конец %4</translation>
    </message>
</context>
<context>
    <name>StatementWriter</name>
    <message>
        <source>Entry %1 is on the &quot;%2&quot; balance, which this statement (%3) does not cover.</source>
        <translation>Запись %1 относится к балансу «%2», который эта выписка (%3) не охватывает.</translation>
    </message>
    <message>
        <source>The statement was already started.</source>
        <translation>Выписка уже начата.</translation>
    </message>
    <message>
        <source>The statement is not open for writing.</source>
        <translation>Выписка не открыта для записи.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 has a time outside the years 0000 to 9999, which a statement cannot show.</source>
        <translation>Время записи %1 вне 0000–9999 годов, такую запись выписка показать не может.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Повторить загрузку</translation>
    </message>
</context>
<context>
    <name>TopUpDialog</name>
    <message>
        <source>Top up the main balance</source>
        <translation>Пополнение основного баланса</translation>
    </message>
    <message>
        <source>Funds are credited to the main balance of %1. Used credit is repaid first.</source>
        <translation>Средства зачисляются на основной баланс %1. Сначала погашается использованный кредит.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Bank card (credited as soon as the payment is confirmed)</source>
        <translation>Банковская карта (зачисление сразу после подтверждения платежа)</translation>
    </message>
    <message>
        <source>Invoice: bank transfer from any Ukrainian bank (up to 3 business days)</source>
        <translation>Счёт: банковский перевод из любого украинского банка (до 3 рабочих дней)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Save invoice as PDF…</source>
        <translation>&amp;Сохранить счёт как PDF…</translation>
    </message>
    <message>
        <source>&amp;Open the payment page again</source>
        <translation>&amp;Открыть страницу оплаты снова</translation>
    </message>
    <message>
        <source>Creating the top-up…</source>
        <translation>Создание пополнения…</translation>
    </message>
    <message>
        <source>Invoice No. %1</source>
        <translation>Счёт № %1</translation>
    </message>
    <message>
        <source>Pay %1 by bank transfer from any Ukrainian bank with the payment purpose &quot;Telecommunication services, invoice No. %2&quot;. The amount is credited to the main balance when the payment arrives, usually within 3 business days.</source>
        <translation>Оплатите %1 банковским переводом из любого украинского банка с назначением платежа «Телекоммуникационные услуги, счёт № %2». Сумма зачисляется на основной баланс после поступления платежа, обычно в течение 3 рабочих дней.</translation>
    </message>
    <message>
        <source>Card payment of %1</source>
        <translation>Оплата картой на %1</translation>
    </message>
    <message>
        <source>Complete the payment on the page that opened in your browser. Waiting for the payment…</source>
        <translation>Завершите оплату на странице, открывшейся в браузере. Ожидание платежа…</translation>
    </message>
    <message>
        <source>Open the payment page and complete the payment: %1
Waiting for the payment…</source>
        <translation>Откройте страницу оплаты и завершите оплату: %1
Ожидание платежа…</translation>
    </message>
    <message>
        <source>Paid: %1 was credited to the main balance.</source>
        <translation>Оплачено: %1 зачислено на основной баланс.</translation>
    </message>
    <message>
        <source>The payment was not completed (%1). Nothing was charged.</source>
        <translation>Оплата не завершена (%1). Средства не списаны.</translation>
    </message>
    <message>
        <source>Could not check the payment status: %1 Trying again…</source>
        <translation>Не удалось проверить статус платежа: %1 Повторная попытка…</translation>
    </message>
    <message>
        <source>The payment has not been confirmed yet. The balance updates by itself once it is.</source>
        <translation>Платёж ещё не подтверждён. Баланс обновится сам, как только это произойдёт.</translation>
    </message>
    <message>
        <source>The server sent a payment page that is not on the payment provider&apos;s secure site, so it was not opened: %1
Do not enter card details there unless you trust it. Waiting for the payment…</source>
        <translation>Сервер прислал страницу оплаты не с защищённого сайта платёжного провайдера, поэтому она не открыта: %1
Не вводите там данные карты, если не доверяете ей. Ожидание платежа…</translation>
    </message>
    <message>
        <source>&amp;Save this card for auto top-up</source>
        <translation>&amp;Сохранить эту карту для автопополнения</translation>
    </message>
    <message>
        <source>The payment provider keeps the card; the cabinet keeps only its masked number.</source>
        <translation>Карту хранит платёжный провайдер; кабинет хранит только её замаскированный номер.</translation>
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
        <translation>Способ</translation>
    </message>
    <message>
        <source>Invoice No.</source>
        <translation>Счёт №</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
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
        <translation>Операция</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Paid from</source>
        <translation>Списано с</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <source>This is you</source>
        <translation>Это вы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Members of %1 and their roles. Your role: %2.</source>
        <translation>Участники %1 и их роли. Ваша роль: %2.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Project members</source>
        <translation>Участники проекта</translation>
    </message>
    <message>
        <source>Loading the members…</source>
        <translation>Загрузка участников…</translation>
    </message>
    <message>
        <source>Offline: the members saved on this computer.</source>
        <translation>Офлайн: участники, сохранённые на этом компьютере.</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Новая роль</translation>
    </message>
    <message>
        <source>C&amp;hange role…</source>
        <translation>Из&amp;менить роль…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Invitations sent from this window, not accepted yet as far as it knows: %1</source>
        <translation>Приглашения, созданные в этом окне (насколько оно знает, ещё не приняты): %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Change the role of %1 from %2 to %3?</source>
        <translation>Изменить роль %1 с «%2» на «%3»?</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Изменить роль</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 теперь имеет роль «%2».</translation>
    </message>
    <message>
        <source>Remove %1 from the project? They will no longer see it.</source>
        <translation>Удалить %1 из проекта? Этот человек больше не будет его видеть.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>%1 was removed from the project.</source>
        <translation>%1 больше не участник проекта.</translation>
    </message>
</context>
<context>
    <name>WhoPaysDialog</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>Who will pay this?</source>
        <translation>Кто за это заплатит?</translation>
    </message>
    <message>
        <source>See which balances would pay for a service before it is charged. Nothing is charged here.</source>
        <translation>Посмотрите, какие балансы оплатят услугу до её списания. Здесь ничего не списывается.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Услуга</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <source>Who would pay</source>
        <translation>Кто заплатит</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Запрос к серверу…</translation>
    </message>
    <message>
        <source>%1 would be paid by:</source>
        <translation>%1 будет оплачено с:</translation>
    </message>
    <message>
        <source>• %1 balance: %2</source>
        <translation>• баланс «%1»: %2</translation>
    </message>
    <message>
        <source>Not enough funds: a charge of %1 would be refused whole, nothing would be paid.</source>
        <translation>Недостаточно средств: списание %1 будет отклонено целиком, ничего не будет оплачено.</translation>
    </message>
    <message>
        <source>%1 more is needed on the balances that may pay for this service.</source>
        <translation>Не хватает ещё %1 на балансах, с которых можно оплатить эту услугу.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw referral earnings</source>
        <translation>Вывод реферального заработка</translation>
    </message>
    <message>
        <source>Available on the referral balance: %1</source>
        <translation>Доступно на реферальном балансе: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Всё</translation>
    </message>
    <message>
        <source>Withdraw the whole referral balance</source>
        <translation>Вывести весь реферальный баланс</translation>
    </message>
    <message>
        <source>To a bank &amp;card (paid out after a check, usually within 3 business days)</source>
        <translation>На банковскую &amp;карту (выплата после проверки, обычно в течение 3 рабочих дней)</translation>
    </message>
    <message>
        <source>To the &amp;main balance of %1</source>
        <translation>На &amp;основной баланс %1</translation>
    </message>
    <message>
        <source>To &amp;another project&apos;s main balance</source>
        <translation>На основной баланс &amp;другого проекта</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Номер карты</translation>
    </message>
    <message>
        <source>Target project</source>
        <translation>Проект-получатель</translation>
    </message>
    <message>
        <source>A&amp;mount</source>
        <translation>С&amp;умма</translation>
    </message>
    <message>
        <source>Where to</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Вывести</translation>
    </message>
    <message>
        <source>Looking the project up…</source>
        <translation>Поиск проекта…</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Sending the withdrawal…</source>
        <translation>Отправка запроса на вывод…</translation>
    </message>
    <message>
        <source>Payout of %1 to the card %2</source>
        <translation>Выплата %1 на карту %2</translation>
    </message>
    <message>
        <source>Pending: the amount is reserved and paid out after a check. The history shows when it is completed (or returned to the referral balance if rejected).</source>
        <translation>Ожидает: сумма зарезервирована и будет выплачена после проверки. В истории видно, когда выплата завершена (или возвращена на реферальный баланс при отклонении).</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <source>%1 moved to the main balance</source>
        <translation>%1 переведено на основной баланс</translation>
    </message>
    <message>
        <source>The main balance of %1 has grown by %2.</source>
        <translation>Основной баланс %1 вырос на %2.</translation>
    </message>
    <message>
        <source>%1 moved to another project</source>
        <translation>%1 переведено на другой проект</translation>
    </message>
    <message>
        <source>Recipient&apos;s referral code</source>
        <translation>Реферальный код получателя</translation>
    </message>
    <message>
        <source>for example K7M2QX9P</source>
        <translation>например, K7M2QX9P</translation>
    </message>
    <message>
        <source>Ask the receiving project&apos;s owner for the referral code shown on their Referral Program page.</source>
        <translation>Попросите владельца проекта-получателя о реферальном коде со страницы «Реферальная программа».</translation>
    </message>
    <message>
        <source>No project has this code.</source>
        <translation>Нет проекта с таким кодом.</translation>
    </message>
    <message>
        <source>Credited to the main balance of %1.</source>
        <translation>Зачислено на основной баланс %1.</translation>
    </message>
    <message>
        <source>Recipient&apos;s co&amp;de</source>
        <translation>Код по&amp;лучателя</translation>
    </message>
</context>
<context>
    <name>XlsxStatementWriter</name>
    <message>
        <source>the spreadsheet library could not start.</source>
        <translation>не удалось запустить библиотеку электронных таблиц.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Выписка</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Баланс после</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>An XLSX sheet holds at most %1 rows; export a shorter period or use CSV.</source>
        <translation>Лист XLSX вмещает не более %1 строк; экспортируйте более короткий период или используйте CSV.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>ID проекта</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Балансы</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Generated (UTC)</source>
        <translation>Сформировано (UTC)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>На начало</translation>
    </message>
    <message>
        <source>Movements</source>
        <translation>Движение</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>На конец</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>UniTalk finance cabinet</source>
        <translation>Финансовый кабинет UniTalk</translation>
    </message>
    <message>
        <source>Server address (overrides the remembered one).</source>
        <translation>Адрес сервера (вместо сохранённого).</translation>
    </message>
    <message>
        <source>E-mail: sign in at once with --password (screenshots, benchmarks).</source>
        <translation>Эл. почта: сразу войти с --password (снимки экрана, замеры).</translation>
    </message>
    <message>
        <source>Password (screenshots, benchmarks).</source>
        <translation>Пароль (снимки экрана, замеры).</translation>
    </message>
    <message>
        <source>Open this project id after sign-in.</source>
        <translation>Открыть проект с этим id после входа.</translation>
    </message>
    <message>
        <source>Use a dark palette (screenshots of the dark theme).</source>
        <translation>Тёмная палитра (снимки тёмной темы).</translation>
    </message>
    <message>
        <source>Open PAGE (balance, referral, users, settings) after sign-in, if your role has it.</source>
        <translation>Открыть страницу PAGE (balance, referral, users, settings) после входа, если она доступна вашей роли.</translation>
    </message>
    <message>
        <source>PNG file (screenshot mode).</source>
        <translation>PNG-файл (режим снимка экрана).</translation>
    </message>
    <message>
        <source>Interface language: uk, ru, en or system.</source>
        <translation>Язык интерфейса: uk, ru, en или system.</translation>
    </message>
    <message>
        <source>Render PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, users, referral, audit, settings, signin, noaccess) into the PNG file given as argument, then exit.</source>
        <translation>Сохранить страницу PAGE (balance, balance-charts, payments, autotopup, whopays, notifications, users, referral, audit, settings, signin, noaccess) в PNG-файл, заданный аргументом, и выйти.</translation>
    </message>
</context>
</TS>
