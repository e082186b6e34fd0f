<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../providers/http/ApiError.cpp" line="+175"/>
        <source>%1 is receiving too many requests from Sarraf; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 получает слишком много запросов от Sarraf. Повторите попытку через %n минуту.</numerusform>
            <numerusform>%1 получает слишком много запросов от Sarraf. Повторите попытку через %n минуты.</numerusform>
            <numerusform>%1 получает слишком много запросов от Sarraf. Повторите попытку через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is receiving too many requests from Sarraf; try again in %n second(s).</source>
        <translation>
            <numerusform>%1 получает слишком много запросов от Sarraf. Повторите попытку через %n секунду.</numerusform>
            <numerusform>%1 получает слишком много запросов от Sarraf. Повторите попытку через %n секунды.</numerusform>
            <numerusform>%1 получает слишком много запросов от Sarraf. Повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is receiving too many requests from Sarraf; try again in a minute.</source>
        <translation>%1 получает слишком много запросов от Sarraf. Повторите попытку через минуту.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sarraf paused requests to %1 because it failed several times in a row; nothing was sent, try again in %n second(s).</source>
        <translation>
            <numerusform>Sarraf приостановил запросы к %1, так как несколько из них подряд завершились ошибкой. Ничего не отправлено; повторите попытку через %n секунду.</numerusform>
            <numerusform>Sarraf приостановил запросы к %1, так как несколько из них подряд завершились ошибкой. Ничего не отправлено; повторите попытку через %n секунды.</numerusform>
            <numerusform>Sarraf приостановил запросы к %1, так как несколько из них подряд завершились ошибкой. Ничего не отправлено; повторите попытку через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sent an answer Sarraf cannot read; nothing was changed.</source>
        <translation>%1 прислал ответ, который Sarraf не может прочитать. Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent an answer Sarraf cannot read, so the result of the request is unknown; check it with %1 before trying again.</source>
        <translation>%1 прислал ответ, который Sarraf не может прочитать, поэтому результат запроса неизвестен. Прежде чем повторять попытку, уточните его у %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 не ответил в течение %n секунды. Никаких изменений не внесено.</numerusform>
            <numerusform>%1 не ответил в течение %n секунд. Никаких изменений не внесено.</numerusform>
            <numerusform>%1 не ответил в течение %n секунд. Никаких изменений не внесено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 did not answer within %n second(s), so it is unknown whether the request was carried out; check it with %1 before trying again.</source>
        <translation>
            <numerusform>%1 не ответил в течение %n секунды, поэтому неизвестно, был ли выполнен запрос. Прежде чем повторять попытку, уточните это у %1.</numerusform>
            <numerusform>%1 не ответил в течение %n секунд, поэтому неизвестно, был ли выполнен запрос. Прежде чем повторять попытку, уточните это у %1.</numerusform>
            <numerusform>%1 не ответил в течение %n секунд, поэтому неизвестно, был ли выполнен запрос. Прежде чем повторять попытку, уточните это у %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 failed because its certificate was not accepted; nothing was sent.</source>
        <translation>Не удалось установить защищённое соединение с %1: его сертификат не принят. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf could not connect to %1; nothing was sent. Check this computer&apos;s internet connection and the provider&apos;s address in Settings.</source>
        <translation>Sarraf не удалось подключиться к %1. Ничего не отправлено. Проверьте подключение этого компьютера к интернету и адрес провайдера в настройках.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was lost before it answered; nothing was changed.</source>
        <translation>Соединение с %1 прервалось до получения ответа. Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost before it answered, so it is unknown whether the request was carried out; check it with %1 before trying again.</source>
        <translation>Соединение с %1 прервалось до получения ответа, поэтому неизвестно, был ли выполнен запрос. Прежде чем повторять попытку, уточните это у %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the credentials Sarraf sent; check the keys saved for this provider.</source>
        <translation>%1 отклонил учётные данные, отправленные Sarraf. Проверьте ключи, сохранённые для этого провайдера.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is having a problem on its side; nothing was changed, try again later.</source>
        <translation>У %1 возникла проблема на его стороне. Никаких изменений не внесено; повторите попытку позже.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a problem on its side, so it is not certain whether the request was carried out; check it with %1 before trying again.</source>
        <translation>%1 сообщил о проблеме на своей стороне, поэтому нет уверенности, был ли выполнен запрос. Прежде чем повторять попытку, уточните это у %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the request as invalid (HTTP status %2).</source>
        <translation>%1 отклонил запрос как некорректный (HTTP-статус %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request as invalid.</source>
        <translation>%1 отклонил запрос как некорректный.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/payouts/AuditLog.cpp" line="+54"/>
        <location line="+39"/>
        <location line="+23"/>
        <source>Sarraf could not read the audit log.</source>
        <translation>Sarraf не смог прочитать журнал аудита.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Sarraf could not write to the audit log.</source>
        <translation>Sarraf не смог записать в журнал аудита.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Audit rows %1 to %2 are missing: they were deleted.</source>
        <translation>Строк журнала аудита с %1 по %2 нет: они удалены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit row %1 does not follow row %2: row %2 was changed or replaced.</source>
        <translation>Строка %1 журнала аудита не продолжает строку %2: строка %2 изменена или подменена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>Строка %1 журнала аудита изменена после записи.</translation>
    </message>
</context>
<context>
    <name>BankNumbers</name>
    <message>
        <location filename="../models/domain/BankNumbers.cpp" line="+81"/>
        <source>Enter the IBAN (Sheba): IR and 24 digits.</source>
        <translation>Введите IBAN (Sheba): IR и 24 цифры.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Iranian IBAN (Sheba) starts with IR; this one starts with &quot;%1&quot;.</source>
        <translation>Иранский IBAN (Sheba) начинается с IR; этот начинается с «%1».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After IR, an IBAN (Sheba) has only digits.</source>
        <translation>После IR в IBAN (Sheba) только цифры.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN (Sheba) has 24 digits after IR; this one has %L1.</source>
        <extracomment>%1 how many digits were typed after IR</extracomment>
        <translation>В IBAN (Sheba) после IR 24 цифры; в этом %L1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This IBAN (Sheba) does not add up: a digit is wrong or two are swapped. Check it against the account holder&apos;s card or statement.</source>
        <translation>Этот IBAN (Sheba) не сходится: одна цифра неверна или две переставлены. Сверьте его с картой или выпиской владельца счёта.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the card number: 16 digits.</source>
        <translation>Введите номер карты: 16 цифр.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card number has only digits.</source>
        <translation>В номере карты только цифры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card number has 16 digits; this one has %L1.</source>
        <translation>В номере карты 16 цифр; в этом %L1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card number does not add up: a digit is wrong or two are swapped.</source>
        <translation>Этот номер карты не сходится: одна цифра неверна или две переставлены.</translation>
    </message>
</context>
<context>
    <name>CreateRules</name>
    <message>
        <location filename="../providers/CreateRequest.cpp" line="+57"/>
        <source>Sarraf cannot create transactions at %1.</source>
        <translation>Sarraf не умеет создавать транзакции у %1.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../models/domain/Currency.cpp" line="+22"/>
        <source>Iranian Rial</source>
        <translation>Иранский риал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Toman</source>
        <translation>Иранский томан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>Доллар США</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>Евро</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Pound</source>
        <translation>Фунт стерлингов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>Дирхам ОАЭ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>Турецкая лира</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>Российский рубль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tether USD</source>
        <translation>Tether USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD Coin</source>
        <translation>USD Coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRON</source>
        <translation>TRON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XRP</source>
        <translation>XRP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitcoin</source>
        <translation>Биткоин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitcoin Cash</source>
        <translation>Биткоин Кэш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Litecoin</source>
        <translation>Лайткоин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dogecoin</source>
        <translation>Догикоин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toncoin</source>
        <translation>Тонкоин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solana</source>
        <translation>Солана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ether</source>
        <translation>Эфир</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BNB</source>
        <translation>BNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon Ecosystem Token</source>
        <translation>Токен экосистемы Polygon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dai</source>
        <translation>Dai</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 (%2)</source>
        <extracomment>A currency in a list: %1 is its code (USDT), %2 its name (Tether USD).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+36"/>
        <source>The file %1 is not a database Sarraf can read, or it is damaged. Sarraf has not changed it. Restore it from a backup or choose another data folder.</source>
        <translation>Файл %1 не является базой данных, которую может прочитать Sarraf, или он повреждён. Sarraf не вносил в него изменений. Восстановите файл из резервной копии или выберите другую папку данных.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 was written by a newer version of Sarraf (schema %2; this version knows up to %3). Sarraf has not changed it: update Sarraf to open it.</source>
        <translation>База данных %1 создана более новой версией Sarraf (схема %2; эта версия поддерживает схемы до %3). Sarraf не вносил в неё изменений: чтобы открыть её, обновите Sarraf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sarraf cannot read %1. Check that it is a file and that you may read it.</source>
        <translation>Sarraf не может прочитать %1. Убедитесь, что это файл и что у вас есть права на его чтение.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sarraf cannot create the folder %1 for its database.</source>
        <translation>Sarraf не может создать папку %1 для базы данных. Убедитесь, что у вас есть права на запись в родительскую папку.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sarraf cannot open its database %1.</source>
        <translation>Sarraf не может открыть базу данных %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf cannot prepare its database %1.</source>
        <translation>Sarraf не может подготовить базу данных %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf cannot use its database %1 safely: the folder must allow shared memory files (WAL mode).</source>
        <translation>Sarraf не может безопасно использовать базу данных %1: папка должна поддерживать файлы общей памяти (режим WAL).</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <location filename="../models/domain/Decimal.cpp" line="+114"/>
        <source>The amount is empty.</source>
        <translation>Сумма не указана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; has spaces around it.</source>
        <translation>В начале или в конце суммы «%1» есть пробелы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; contains a comma; a comma is not a decimal separator in provider amounts, only a point is.</source>
        <translation>Сумма «%1» содержит запятую: в суммах провайдеров десятичным разделителем может быть только точка.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; uses non-ASCII digits; provider amounts must use the digits 0 to 9.</source>
        <translation>В сумме «%1» используются цифры не из набора ASCII: в суммах провайдеров допустимы только цифры от 0 до 9.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>Сумма «%1» не является числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; uses exponent notation, which provider amounts may not use.</source>
        <translation>Сумма «%1» записана в экспоненциальной форме, а в суммах провайдеров она не допускается.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount &quot;%1&quot; is not a valid number; expected digits with an optional point and fraction, such as 1234.56.</source>
        <translation>Сумма «%1» не является допустимым числом: ожидаются цифры с необязательной точкой и дробной частью, например 1234.56.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount &quot;%1&quot; is out of range: at most %2 digits before and %3 digits after the point are supported.</source>
        <translation>Сумма «%1» вне допустимого диапазона: число цифр до точки — не более %2, после точки — не более %3.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>An amount cannot be divided by zero.</source>
        <translation>Делить сумму на ноль нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A division was asked for a negative number of digits.</source>
        <translation>Для деления запрошено отрицательное число знаков.</translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <location filename="../models/domain/ExactJson.cpp" line="+15"/>
        <source>The provider&apos;s answer is not valid JSON.</source>
        <translation>Ответ провайдера не является корректным JSON.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>An amount was read as a binary floating-point number, so its exact digits are lost.</source>
        <translation>Сумма была прочитана как двоичное число с плавающей точкой, поэтому её точные цифры потеряны.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s answer has no amount where one was expected.</source>
        <translation>В ответе провайдера нет суммы там, где она ожидалась.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s answer has something other than an amount where an amount was expected.</source>
        <translation>В ответе провайдера на месте суммы находится значение другого типа.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider&apos;s answer has something other than a whole number where one was expected.</source>
        <translation>В ответе провайдера на месте целого числа находится значение другого типа.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <location filename="../models/logging/LogFile.cpp" line="+88"/>
        <source>Sarraf cannot create its log folder %1.</source>
        <translation>Sarraf не может создать папку журналов %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sarraf cannot write its log file %1.</source>
        <translation>Sarraf не может записать файл журнала %1.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+271"/>
        <source>%1 is a database, but not one Sarraf wrote. Sarraf has not changed it; choose another data folder.</source>
        <translation>%1 — база данных, но создана она не Sarraf. Sarraf не вносил в неё изменений; выберите другую папку данных.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sarraf cannot read the version of the database %1.</source>
        <translation>Sarraf не может прочитать версию базы данных %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Sarraf could not prepare the database.</source>
        <translation>Sarraf не удалось подготовить базу данных.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sarraf could not upgrade the database to version %1; it is left as it was at version %2.</source>
        <translation>Sarraf не удалось обновить базу данных до версии %1; она оставлена без изменений в версии %2.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../models/domain/Money.cpp" line="+129"/>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» не является кодом валюты.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>The amount %1 is too precise for %2, which has %n fraction digit(s).</source>
        <translation>
            <numerusform>Сумма %1 слишком точна для %2: у этой валюты %n знак в дробной части.</numerusform>
            <numerusform>Сумма %1 слишком точна для %2: у этой валюты %n знака в дробной части.</numerusform>
            <numerusform>Сумма %1 слишком точна для %2: у этой валюты %n знаков в дробной части.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Amounts in %1 and %2 cannot be combined or compared without a conversion.</source>
        <translation>Суммы в %1 и в %2 нельзя складывать или сравнивать без пересчёта по курсу.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An exchange rate must be greater than zero.</source>
        <translation>Курс обмена должен быть больше нуля.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number of fraction digits of %1 is not known, so an amount cannot be converted to it.</source>
        <translation>Число знаков дробной части для %1 неизвестно, поэтому сумму нельзя пересчитать в эту валюту.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only Toman amounts convert to Rial; this amount is in %1.</source>
        <translation>В риалы можно пересчитать только суммы в томанах, а эта сумма указана в %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only Rial amounts convert to Toman; this amount is in %1.</source>
        <translation>В томаны можно пересчитать только суммы в риалах, а эта сумма указана в %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toman</source>
        <extracomment>The unit after an amount in Toman, as in &quot;1,500 Toman&quot;.</extracomment>
        <translation>томан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rial</source>
        <extracomment>The unit after an amount in Rial, as in &quot;15,000 Rial&quot;.</extracomment>
        <translation>риал</translation>
    </message>
</context>
<context>
    <name>PayoutStates</name>
    <message>
        <location filename="../models/domain/Payout.cpp" line="+34"/>
        <source>Requested</source>
        <extracomment>Payout state: waiting for approval</extracomment>
        <translation>Запрошена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>Payout state: approved by one person</extracomment>
        <translation>Одобрена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved twice</source>
        <extracomment>Payout state: approved by a second person, as its amount requires</extracomment>
        <translation>Одобрена дважды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <extracomment>Payout state: being sent to the provider</extracomment>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <extracomment>Payout state: the provider accepted it</extracomment>
        <translation>Отправлена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Payout state: the money arrived</extracomment>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>Payout state: the provider refused it or it failed; no money left</extracomment>
        <translation>Не удалась</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <extracomment>Payout state: refused by a person before it was sent</extracomment>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs reconciliation</source>
        <extracomment>Payout state: Sarraf cannot know whether the provider acted; a person must check</extracomment>
        <translation>Требует сверки</translation>
    </message>
</context>
<context>
    <name>PayoutStore</name>
    <message>
        <location filename="../models/payouts/PayoutStore.cpp" line="+45"/>
        <source>Sarraf could not start writing the payout.</source>
        <translation>Sarraf не смог начать запись выплаты.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+425"/>
        <source>Sarraf could not save the payout.</source>
        <translation>Sarraf не смог сохранить выплату.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Set your operator name in the profile first: every payout records who asked for it.</source>
        <translation>Сначала укажите имя оператора в профиле: каждая выплата записывает, кто её запросил.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payout&apos;s amount must be greater than zero.</source>
        <translation>Сумма выплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where the payout goes: the provider and the destination.</source>
        <translation>Укажите, куда идёт выплата: провайдера и получателя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fee must be in the payout&apos;s currency, %1.</source>
        <translation>Комиссия должна быть в валюте выплаты, %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sarraf could not save the payout request.</source>
        <translation>Sarraf не смог сохранить запрос на выплату.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <extracomment>Audit detail of a payout request. %1 amount with currency, %2 destination</extracomment>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set your operator name in the profile first: every check records who asked for it.</source>
        <translation>Сначала укажите имя оператора в профиле: каждая проверка записывает, кто её запросил.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Payout %1 is %2: its destination can only be checked before it is approved.</source>
        <extracomment>%1 payout number, %2 its state</extracomment>
        <translation>Выплата %1 в состоянии «%2»: получателя можно проверить только до одобрения.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider&apos;s estimate is in %1, not in the payout&apos;s currency, %2.</source>
        <translation>Оценка провайдера в %1, а не в валюте выплаты, %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sarraf could not save the provider&apos;s check of the payout.</source>
        <translation>Sarraf не смог сохранить проверку выплаты провайдером.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set your operator name in the profile first: every approval records who gave it.</source>
        <translation>Сначала укажите имя оператора в профиле: каждое одобрение записывает, кто его дал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You requested this payout, so you cannot approve it. Another person must.</source>
        <translation>Вы запросили эту выплату, поэтому не можете её одобрить. Это должен сделать другой человек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the destination with %1 first: nobody may approve a payout the provider has not checked.</source>
        <translation>Сначала проверьте получателя у %1: никто не может одобрить выплату, которую провайдер не проверил.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not accept this destination: %2 Reject the payout, or check it again.</source>
        <translation>%1 не принял этого получателя: %2 Отклоните выплату или проверьте снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already approved this payout. The second approval must come from another person.</source>
        <translation>Вы уже одобрили эту выплату. Второе одобрение должно быть от другого человека.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This payout is approved already and needs no second approval.</source>
        <translation>Эта выплата уже одобрена, второе одобрение ей не нужно.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approving this payout would take today&apos;s approved total of %1 to %2, over the daily limit of %3.</source>
        <translation>Одобрение этой выплаты довело бы одобренную сегодня сумму в %1 до %2, больше дневного лимита %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sarraf could not record the approval.</source>
        <translation>Sarraf не смог записать одобрение.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the payout is rejected; the requester will read it.</source>
        <translation>Укажите, почему выплата отклонена; запросивший это прочитает.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This payout needs a second approval from another person before it is sent.</source>
        <translation>Перед отправкой этой выплате нужно второе одобрение другого человека.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider has not found this payout&apos;s destination valid, so it is not sent. Reject it and request it again.</source>
        <translation>Провайдер не признал получателя выплаты действительным, поэтому она не отправляется. Отклоните её и запросите снова.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payout %1 needs reconciliation: settle it with what you checked.</source>
        <translation>Выплата %1 требует сверки: решите её судьбу, записав, что вы проверили.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only a payout that needs reconciliation can be reconciled.</source>
        <translation>Сверить можно только выплату, которая требует сверки.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already the reference of payout %2: one provider payout cannot settle two of Sarraf&apos;s.</source>
        <extracomment>%1 the provider&apos;s reference, %2 another payout&apos;s number</extracomment>
        <translation>%1 уже номер выплаты %2: одна выплата провайдера не может закрыть две выплаты Sarraf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the provider&apos;s reference for a payout it is still paying: without it Sarraf cannot follow it up.</source>
        <translation>Укажите номер у провайдера для выплаты, которую он ещё выполняет: без него Sarraf не сможет её отслеживать.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you checked (the provider&apos;s list, its balance, a message from them) before settling this payout.</source>
        <translation>Прежде чем решить судьбу этой выплаты, напишите, что вы проверили (список провайдера, его баланс, сообщение от него).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sarraf stopped while this payout was being sent; the provider may have received it.</source>
        <translation>Sarraf остановился во время отправки этой выплаты; провайдер мог её получить.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Payout %1 is %2; it cannot become %3.</source>
        <extracomment>%1 payout number, %2 its state, %3 the state asked for</extracomment>
        <translation>Выплата %1 в состоянии «%2»; она не может перейти в «%3».</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Payout %1 has a state Sarraf does not know: %2.</source>
        <translation>У выплаты %1 состояние, неизвестное Sarraf: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+156"/>
        <source>Sarraf could not read the payout&apos;s approvals.</source>
        <translation>Sarraf не смог прочитать одобрения выплаты.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>There is no payout %1.</source>
        <translation>Выплаты %1 нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf could not read the payout limits.</source>
        <translation>Sarraf не смог прочитать лимиты выплат.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set your operator name in the profile first: every change of a limit records who made it.</source>
        <translation>Сначала укажите имя оператора в профиле: каждое изменение лимита записывает, кто его сделал.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the currency whose limits change.</source>
        <translation>Укажите валюту, лимиты которой меняются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new single-approval limit, the new daily limit or both.</source>
        <translation>Укажите новый лимит одного одобрения, новый дневной лимит или оба.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A limit cannot be negative.</source>
        <translation>Лимит не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sarraf could not save the payout limits.</source>
        <translation>Sarraf не смог сохранить лимиты выплат.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Sarraf could not read the payout.</source>
        <translation>Sarraf не смог прочитать выплату.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not read the payouts.</source>
        <translation>Sarraf не смог прочитать выплаты.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sarraf could not add up today&apos;s approved payouts.</source>
        <translation>Sarraf не смог сложить одобренные сегодня выплаты.</translation>
    </message>
</context>
<context>
    <name>PriceStore</name>
    <message>
        <location filename="../models/store/PriceStore.cpp" line="+49"/>
        <source>Sarraf could not store the prices of %1.</source>
        <translation>Sarraf не смог сохранить цены %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf could not store the prices.</source>
        <translation>Sarraf не смог сохранить цены.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Sarraf could not read the stored prices.</source>
        <translation>Sarraf не смог прочитать сохранённые цены.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sarraf could not remove old prices.</source>
        <translation>Sarraf не смог удалить старые цены.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../models/Profile.cpp" line="+29"/>
        <source>&quot;%1&quot; cannot be a profile name. Use up to 64 Latin letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation>«%1» не может быть именем профиля. Используйте до 64 латинских букв, цифр и символов «-» и «_»; имя должно начинаться с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf cannot create the folder %1. Check that the data folder exists and that you may write to it.</source>
        <translation>Sarraf не может создать папку %1. Убедитесь, что папка данных существует и у вас есть права на запись в неё.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sarraf could not save the operator name in %1.</source>
        <translation>Sarraf не смог сохранить имя оператора в %1.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <location filename="../providers/ProviderCatalog.cpp" line="+13"/>
        <source>Base address</source>
        <translation>Базовый адрес</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toman invoices and payment links</source>
        <translation>Счета в томанах и платёжные ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store API key</source>
        <translation>API-ключ магазина</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID</source>
        <translation>ID магазина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crypto payments and withdrawals</source>
        <translation>Криптоплатежи и выводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Client ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+30"/>
        <source>Client secret</source>
        <translation>Секрет клиента</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Webhook secret</source>
        <translation>Секрет вебхука</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange orders and partner payouts on an exchanger&apos;s site</source>
        <translation>Заявки на обмен и партнёрские выплаты на сайте обменника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API login</source>
        <translation>Логин API</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>API key</source>
        <translation>API-ключ</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Answer language</source>
        <translation>Язык ответов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange orders</source>
        <translation>Заявки на обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret</source>
        <translation>Секрет API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TRX, USDT and BNB wallets and transfers</source>
        <translation>Кошельки и переводы TRX, USDT и BNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending wallet&apos;s private key</source>
        <translation>Закрытый ключ кошелька-отправителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending wallet address</source>
        <translation>Адрес кошелька-отправителя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toman card payments and IBAN settlements</source>
        <translation>Оплата картами в томанах и расчёты по IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway ID</source>
        <translation>ID шлюза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet password</source>
        <translation>Пароль кошелька</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet API key</source>
        <translation>API-ключ кошелька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet refresh token</source>
        <translation>Токен обновления кошелька</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet ID</source>
        <translation>ID кошелька</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IBAN and card holder checks before payouts</source>
        <translation>Проверка IBAN и держателя карты перед выплатами</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>Национальный идентификационный номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy</source>
        <translation>HTTP-прокси</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaming vouchers</source>
        <translation>Игровые ваучеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key</source>
        <translation>Секретный ключ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rial vouchers</source>
        <translation>Ваучеры в риалах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security key</source>
        <translation>Ключ безопасности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UUSD and Crypton vouchers through your Utopia client</source>
        <translation>Ваучеры UUSD и Crypton через ваш клиент Utopia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>API-токен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card ID</source>
        <translation>ID карты</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Crypto prices</source>
        <translation>Курсы криптовалют</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toman prices of crypto currencies</source>
        <translation>Курсы криптовалют в томанах</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request timeout in seconds</source>
        <translation>Тайм-аут запроса, в секундах</translation>
    </message>
</context>
<context>
    <name>ProviderConfigErrors</name>
    <message>
        <location filename="../providers/ProviderRuntime.cpp" line="+34"/>
        <source>Sarraf cannot talk to %1 in this version yet; it can sync Gitmix, Cryptofuse, Premium Exchanger and GREENGO.</source>
        <translation>Эта версия Sarraf пока не умеет работать с %1; она синхронизирует Gitmix, Cryptofuse, Premium Exchanger и GREENGO.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not set up: its %2 setting is empty. Set it in Settings, or run: sarrafctl providers set %3 --set %2=VALUE</source>
        <extracomment>%1 is a provider&apos;s name, %2 a setting such as base-url, %3 the provider&apos;s short name.</extracomment>
        <translation>%1 не настроен: параметр %2 пуст. Задайте его в настройках или выполните: sarrafctl providers set %3 --set %2=VALUE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be reached without its %2, which is not in the system keychain for this profile. Enter it in Settings, or run: sarrafctl secrets set %3 %2</source>
        <extracomment>%1 is a provider&apos;s name, %2 a credential field such as api-key, %3 the provider&apos;s short name.</extracomment>
        <translation>Без %2 обратиться к %1 нельзя, а в системной связке ключей для этого профиля его нет. Введите его в настройках или выполните: sarrafctl secrets set %3 %2</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../providers/ProviderSettings.cpp" line="+21"/>
        <source>There is no provider called &quot;%1&quot;. Known providers: %2.</source>
        <translation>Провайдер «%1» не найден. Известные провайдеры: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is a secret and is kept only in the system keychain; set it with &quot;sarrafctl secrets set %2 %1&quot; or in Settings.</source>
        <translation>«%1» — секретный параметр, он хранится только в системном хранилище ключей. Задайте его командой «sarrafctl secrets set %2 %1» или в настройках.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no setting called &quot;%2&quot;. Its settings are: %3.</source>
        <translation>У провайдера %1 нет параметра «%2». Доступные параметры: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request timeout is a whole number of seconds from 1 to 600, not &quot;%1&quot;.</source>
        <translation>Тайм-аут запроса — целое число секунд от 1 до 600, а не «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a web address. Write it in full, for example https://api.example.com.</source>
        <translation>«%1» не является веб-адресом. Укажите адрес полностью, например https://api.example.com.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The provider settings could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>Не удалось сохранить настройки провайдеров в %1. Убедитесь, что папка существует и доступна для записи.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/Languages.cpp" line="+28"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Write RTL for a right-to-left language (Persian), LTR otherwise. Not shown to users.</extracomment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>SandboxStartup</name>
    <message>
        <location filename="../app/sarraf_main.cpp" line="+208"/>
        <source>Loading the sandbox&apos;s demo transactions…</source>
        <translation>Загрузка демонстрационных транзакций песочницы…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo transactions in the sandbox: %1</source>
        <translation>Демонстрационных транзакций в песочнице: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some demo data could not be loaded: %1</source>
        <translation>Часть демонстрационных данных не загрузилась: %1</translation>
    </message>
</context>
<context>
    <name>TransactionCsvExport</name>
    <message>
        <location filename="../models/table/TransactionCsvExport.cpp" line="+46"/>
        <source>Sarraf could not read the transactions to export.</source>
        <translation>Sarraf не удалось прочитать транзакции для экспорта.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+39"/>
        <source>Sarraf cannot write %1: %2</source>
        <translation>Sarraf не может записать %1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
</context>
<context>
    <name>TransactionFields</name>
    <message>
        <location filename="../models/table/DisplayText.cpp" line="+51"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange order</source>
        <translation>Заявка на обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <extracomment>%1 is Sarraf&apos;s status, %2 the provider&apos;s own word for it.</extracomment>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (the provider says: %2)</source>
        <translation>%1 (у провайдера: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter amount</source>
        <translation>Встречная сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking code</source>
        <translation>Код отслеживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment link</source>
        <translation>Ссылка на оплату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>TransactionReceipt</name>
    <message>
        <location filename="../models/table/TransactionReceipt.cpp" line="+47"/>
        <source>Transaction receipt</source>
        <translation>Квитанция об операции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by Sarraf on %1 from the provider&apos;s last answer.</source>
        <extracomment>At the foot of a receipt; %1 is the date and time it was made.</extracomment>
        <translation>Составлено Sarraf %1 по последнему ответу провайдера.</translation>
    </message>
</context>
<context>
    <name>TransactionStatuses</name>
    <message>
        <location filename="../models/domain/TransactionStatus.cpp" line="+34"/>
        <source>Pending</source>
        <extracomment>Normalised transaction status: waiting for the customer to pay or act</extracomment>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <extracomment>Normalised transaction status: paid or confirming, not final yet</extracomment>
        <translation>В обработке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Normalised transaction status: finished successfully</extracomment>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <extracomment>Normalised transaction status: the customer paid less than asked</extracomment>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>Normalised transaction status</extracomment>
        <translation>Отменён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>Normalised transaction status: the time to pay ran out</extracomment>
        <translation>Истёк</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>Normalised transaction status</extracomment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <extracomment>Normalised transaction status: a person must look at it</extracomment>
        <translation>Требует проверки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <extracomment>Normalised transaction status: the provider&apos;s status is not known to Sarraf</extracomment>
        <translation>Неизвестен</translation>
    </message>
</context>
<context>
    <name>TransactionStore</name>
    <message>
        <location filename="../models/store/TransactionStore.cpp" line="+108"/>
        <location line="+121"/>
        <source>A transaction needs its provider and the provider&apos;s id to be stored.</source>
        <translation>Чтобы сохранить транзакцию, нужно указать провайдера и идентификатор транзакции у этого провайдера.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+124"/>
        <source>The amount &quot;%1&quot; of %2 %3 is not a number; it was not stored.</source>
        <translation>Сумма «%1» транзакции %2 %3 не является числом, поэтому транзакция не сохранена.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+82"/>
        <location line="+10"/>
        <location line="+264"/>
        <source>The database is busy; try again.</source>
        <translation>База данных занята. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../models/store/TransactionSql.cpp" line="+235"/>
        <location filename="../models/store/TransactionStore.cpp" line="-196"/>
        <location line="+39"/>
        <location line="+71"/>
        <source>Sarraf could not read the stored transaction.</source>
        <translation>Sarraf не удалось прочитать сохранённую транзакцию.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/TransactionStore.cpp" line="-244"/>
        <source>Sarraf could not save the transactions; the last %n read since the previous save were not kept. Import them again.</source>
        <translation>
            <numerusform>Sarraf не смог сохранить транзакции; %n транзакция, прочитанная после предыдущего сохранения, не сохранена. Загрузите их снова.</numerusform>
            <numerusform>Sarraf не смог сохранить транзакции; %n транзакции, прочитанные после предыдущего сохранения, не сохранены. Загрузите их снова.</numerusform>
            <numerusform>Sarraf не смог сохранить транзакции; %n транзакций, прочитанных после предыдущего сохранения, не сохранены. Загрузите их снова.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Sarraf could not store the transaction %1 of %2.</source>
        <translation>Sarraf не удалось сохранить транзакцию %1 провайдера %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not record the status change of %1.</source>
        <translation>Sarraf не удалось записать изменение статуса транзакции %1.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sarraf could not read which transactions to refresh.</source>
        <translation>Sarraf не удалось прочитать, какие транзакции нужно обновить.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sarraf could not read the sync state of %1.</source>
        <translation>Sarraf не удалось прочитать состояние синхронизации %1.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sarraf could not record which transactions of %1 were checked.</source>
        <translation>Sarraf не удалось записать, какие транзакции %1 были проверены.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>Sarraf could not record the sync of %1.</source>
        <translation>Sarraf не удалось записать результат синхронизации %1.</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+274"/>
        <source>Sarraf could not save the transaction.</source>
        <translation>Sarraf не удалось сохранить транзакцию.</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Sarraf could not save the transactions.</source>
        <translation>Sarraf не смог сохранить операции.</translation>
    </message>
    <message>
        <location line="+280"/>
        <location filename="../models/table/TransactionPageReader.cpp" line="+52"/>
        <source>Sarraf could not list the stored transactions.</source>
        <translation>Sarraf не удалось получить список сохранённых транзакций.</translation>
    </message>
    <message>
        <location filename="../models/store/TransactionSql.cpp" line="-23"/>
        <source>Sarraf could not read the status history.</source>
        <translation>Sarraf не удалось прочитать историю статусов.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&quot;%1&quot; is not an amount; write it with digits and a decimal point, such as 1250.50.</source>
        <translation>«%1» — не сумма; запишите её цифрами с десятичной точкой, например 1250.50.</translation>
    </message>
    <message>
        <location filename="../models/table/TransactionPageReader.cpp" line="-12"/>
        <source>Sarraf could not read the database %1.</source>
        <translation>Sarraf не удалось прочитать базу данных %1.</translation>
    </message>
</context>
<context>
    <name>sarraf::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+19"/>
        <source>About Sarraf</source>
        <translation>О программе Sarraf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf %1</source>
        <translation>Sarraf %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One window for every invoice, exchange order, withdrawal, payout and price across your payment and exchange providers.</source>
        <translation>Одно окно для всех счетов, заявок на обмен, выводов, выплат и курсов ваших платёжных и обменных провайдеров.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt version:</source>
        <translation>Версия Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>Папка журналов:</translation>
    </message>
</context>
<context>
    <name>sarraf::AuditPage</name>
    <message>
        <location filename="../ui/AuditPage.cpp" line="+33"/>
        <source>requested</source>
        <translation>запрошена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked with the provider</source>
        <translation>проверена у провайдера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s answer</source>
        <translation>ответ провайдера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconciled</source>
        <translation>сверена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits changed</source>
        <translation>лимиты изменены</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Verify again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the audit log…</source>
        <translation>Чтение журнала аудита…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audit log is not available: no database.</source>
        <translation>Журнал аудита недоступен: база данных не открыта.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The audit log is intact: every one of its %Ln row(s) holds and follows the one before.</source>
        <translation>
            <numerusform>Журнал аудита цел: %Ln строка верна и следует за предыдущей.</numerusform>
            <numerusform>Журнал аудита цел: все %Ln строки верны и следуют одна за другой.</numerusform>
            <numerusform>Журнал аудита цел: все %Ln строк верны и следуют одна за другой.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log is BROKEN at row %1: %2 Someone changed the database outside Sarraf; tell whoever is responsible for security.</source>
        <extracomment>%1 row number, %2 what is wrong there</extracomment>
        <translation>Журнал аудита НАРУШЕН в строке %1: %2 Кто-то изменил базу данных в обход Sarraf; сообщите ответственному за безопасность.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>payout %1</source>
        <translation>выплата %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits of %1</source>
        <translation>лимиты %1</translation>
    </message>
</context>
<context>
    <name>sarraf::CallbackServer</name>
    <message>
        <location filename="../providers/callbacks/CallbackServer.cpp" line="+19"/>
        <source>Sarraf could not listen for provider callbacks on %1 port %2; another program may be using it.</source>
        <translation>Sarraf не смог принимать уведомления провайдеров на %1, порт %2; возможно, его занимает другая программа.</translation>
    </message>
</context>
<context>
    <name>sarraf::CreateTransactionDialog</name>
    <message>
        <location filename="../ui/CreateTransactionDialog.cpp" line="+161"/>
        <source>Russian bank card, in roubles (RUB)</source>
        <translation>Российская банковская карта, в рублях (RUB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh bank card, in tenge (KZT)</source>
        <translation>Казахстанская банковская карта, в тенге (KZT)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No provider that can create transactions is enabled in this profile. Enable Gitmix, Cryptofuse or GREENGO in Settings.</source>
        <translation>В этом профиле не включён ни один провайдер, у которого можно создавать транзакции. Включите Gitmix, Cryptofuse или GREENGO в настройках.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an amount in %2: %3</source>
        <translation>«%1» — не сумма в %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking %1 to create it…</source>
        <translation>Запрос к %1 на создание…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>New invoice or order</source>
        <translation>Новый счёт или заявка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Провайдер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wallet to receive:</source>
        <translation>&amp;Кошелёк получателя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer p&amp;hone:</source>
        <translation>&amp;Телефон клиента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;email:</source>
        <translation>&amp;Эл. почта клиента:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;reference:</source>
        <translation>&amp;Ваш номер заказа:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Callback address:</source>
        <translation>Адрес &amp;уведомлений:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customer pays &amp;with:</source>
        <translation>Клиент &amp;платит:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer pays &amp;in:</source>
        <translation>Клиент платит &amp;в:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After pa&amp;yment, go to:</source>
        <translation>После о&amp;платы перейти на:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a &amp;failed payment, go to:</source>
        <translation>После &amp;неудачной оплаты перейти на:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An exchange order: the customer pays by card and GREENGO sends the crypto to the wallet.</source>
        <translation>Заявка на обмен: клиент платит картой, GREENGO отправляет криптовалюту на кошелёк.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crypto payment: the customer pays the price in the chosen coin.</source>
        <translation>Криптоплатёж: клиент оплачивает цену в выбранной монете.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice with a payment link the customer pays in Toman or crypto.</source>
        <translation>Счёт со ссылкой на оплату, которую клиент оплачивает в томанах или криптовалюте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address GREENGO sends the crypto to</source>
        <translation>Адрес, на который GREENGO отправит криптовалюту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; Gitmix asks the customer when empty</source>
        <translation>Необязательно; если пусто, Gitmix спросит клиента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>Необязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; the customer sees it</source>
        <translation>Необязательно; клиент его увидит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; your order number, kept by Cryptofuse</source>
        <translation>Необязательно; ваш номер заказа, его хранит Cryptofuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where Gitmix reports payments</source>
        <translation>https://… куда Gitmix сообщает об оплатах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; https://… where Cryptofuse reports payments</source>
        <translation>Необязательно; https://… куда Cryptofuse сообщает об оплатах</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example %1</source>
        <translation>Например, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
</context>
<context>
    <name>sarraf::CredentialStore</name>
    <message>
        <location filename="../providers/credentials/CredentialStore.cpp" line="+58"/>
        <source>No %1 is stored for %2 yet. Enter it in Settings → Providers.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Для %2 ещё не сохранён параметр «%1». Введите его в разделе «Настройки → Провайдеры».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain refused access to the %1 of %2: the request was declined or the keyring is locked. Unlock the keyring (GNOME Keyring or KWallet), allow Sarraf when asked, and try again.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Системное хранилище ключей отказало в доступе к параметру «%1» провайдера %2: запрос отклонён или хранилище заблокировано. Разблокируйте хранилище ключей (GNOME Keyring или KWallet), разрешите доступ для Sarraf, когда появится запрос, и повторите попытку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain is available, so the %1 of %2 cannot be used. Sarraf never stores secrets in plain files; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Системное хранилище ключей недоступно, поэтому параметр «%1» провайдера %2 нельзя использовать. Sarraf никогда не хранит секреты в обычных файлах; запустите хранилище ключей рабочего стола (GNOME Keyring или KWallet) и повторите попытку.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 of %2 could not be read from the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Не удалось прочитать параметр «%1» провайдера %2 из системного хранилища ключей.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 of %2 could not be saved in the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Не удалось сохранить параметр «%1» провайдера %2 в системном хранилище ключей.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 of %2 could not be removed from the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Не удалось удалить параметр «%1» провайдера %2 из системного хранилища ключей.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A profile, provider or credential name is empty or contains “/”.</source>
        <translation>Имя профиля, провайдера или учётных данных пустое или содержит «/».</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>An empty %1 for %2 cannot be saved. Enter the value, or remove the entry instead.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>Нельзя сохранить пустой параметр «%1» для %2. Введите значение или удалите запись.</translation>
    </message>
</context>
<context>
    <name>sarraf::CryptofuseAdapter</name>
    <message>
        <location filename="../providers/cryptofuse/CryptofuseAdapter.cpp" line="+136"/>
        <source>Cryptofuse does not offer this currency, or it is not enabled for this account.</source>
        <translation>Cryptofuse не поддерживает эту валюту, или она не включена для этого аккаунта.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cryptofuse refused the withdrawal because the balance is too low; nothing was sent.</source>
        <translation>Cryptofuse отклонил вывод из-за недостаточного баланса. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cryptofuse has no payment with this id.</source>
        <translation>В Cryptofuse нет платежа с таким ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptofuse refused the request: %1</source>
        <translation>Cryptofuse отклонил запрос: %1</translation>
    </message>
    <message>
        <location filename="../providers/cryptofuse/CryptofuseRules.cpp" line="+54"/>
        <source>The amount to pay must be more than zero.</source>
        <translation>Сумма к оплате должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the currency the customer pays with.</source>
        <translation>Выберите валюту, в которой платит клиент.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>The callback address must be a web address starting with https:// or http://.</source>
        <translation>Адрес для уведомлений должен быть веб-адресом, начинающимся с https:// или http://.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The time to pay must be at least one minute.</source>
        <translation>Срок оплаты должен быть не меньше одной минуты.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The limits given are for %1, not for %2.</source>
        <translation>Указанные лимиты относятся к %1, а не к %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is below Cryptofuse&apos;s minimum of %2 for %3.</source>
        <translation>%1 меньше минимума Cryptofuse для %3 (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is above Cryptofuse&apos;s maximum of %2 for %3.</source>
        <translation>%1 больше максимума Cryptofuse для %3 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount to withdraw must be more than zero.</source>
        <translation>Сумма вывода должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address to withdraw to.</source>
        <translation>Введите адрес, на который нужно вывести средства.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address check was made for another address or currency; check %1 for %2 before withdrawing.</source>
        <translation>Проверка адреса выполнялась для другого адреса или другой валюты. Перед выводом проверьте адрес %1 для %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cryptofuse says %1 is not a valid %2 address; nothing was sent.</source>
        <translation>По данным Cryptofuse, %1 не является допустимым адресом %2. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The balance given is in %1, the withdrawal in %2.</source>
        <translation>Баланс указан в %1, а вывод — в %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The available Cryptofuse balance of %1 is less than %2; nothing was sent.</source>
        <translation>Доступный баланс Cryptofuse (%1) меньше %2. Ничего не отправлено.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No Cryptofuse webhook secret is saved, so the callback cannot be checked.</source>
        <translation>Секрет вебхука Cryptofuse не сохранён, поэтому уведомление невозможно проверить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback has no X-Webhook-Signature header, so it cannot be trusted.</source>
        <translation>В уведомлении нет заголовка X-Webhook-Signature, поэтому ему нельзя доверять.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The callback&apos;s signature does not match the Cryptofuse webhook secret; it was not sent by Cryptofuse, was changed on the way, or the saved secret is wrong.</source>
        <translation>Подпись уведомления не соответствует секрету вебхука Cryptofuse: оно отправлено не Cryptofuse, было изменено по пути, или сохранённый секрет неверен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback is signed correctly but is not a Cryptofuse update Sarraf can read.</source>
        <translation>Уведомление подписано правильно, но это не то обновление Cryptofuse, которое Sarraf может прочитать.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The callback is about Cryptofuse transaction %1, not this one.</source>
        <translation>Уведомление относится к транзакции Cryptofuse %1, а не к этой.</translation>
    </message>
</context>
<context>
    <name>sarraf::GitmixAdapter</name>
    <message>
        <location filename="../providers/gitmix/GitmixAdapter.cpp" line="+194"/>
        <source>The Gitmix store ID (storeId) must be a positive whole number; check the store ID in this provider&apos;s settings.</source>
        <translation>ID магазина Gitmix (storeId) должен быть целым положительным числом. Проверьте ID магазина в настройках этого провайдера.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gitmix accepts only these currencies: %1. %2 is not one of them.</source>
        <translation>Gitmix принимает только следующие валюты: %1. Валюты %2 среди них нет.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway ID (gatewayId) must be a positive whole number.</source>
        <translation>ID шлюза (gatewayId) должен быть целым положительным числом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The initial status must be one of: %1.</source>
        <translation>Начальный статус должен быть одним из следующих: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment deadline (deadlineAt) must be a positive number of minutes.</source>
        <translation>Срок оплаты (deadlineAt) должен быть положительным числом минут.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The description may have at most %n character(s).</source>
        <translation>
            <numerusform>Описание может содержать не более %n символа.</numerusform>
            <numerusform>Описание может содержать не более %n символов.</numerusform>
            <numerusform>Описание может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The callback address (callbackUrl) must be a complete http or https address.</source>
        <translation>Адрес для уведомлений (callbackUrl) должен быть полным адресом http или https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address after a successful payment (successRedirectUrl) must be a complete http or https address.</source>
        <translation>Адрес перехода после успешной оплаты (successRedirectUrl) должен быть полным адресом http или https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address after a failed payment (failRedirectUrl) must be a complete http or https address.</source>
        <translation>Адрес перехода после неудачной оплаты (failRedirectUrl) должен быть полным адресом http или https.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The customer&apos;s IP address (customerIp) may have at most %n character(s).</source>
        <translation>
            <numerusform>IP-адрес клиента (customerIp) может содержать не более %n символа.</numerusform>
            <numerusform>IP-адрес клиента (customerIp) может содержать не более %n символов.</numerusform>
            <numerusform>IP-адрес клиента (customerIp) может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The customer&apos;s email (customerEmail) may have at most %n character(s).</source>
        <translation>
            <numerusform>Адрес электронной почты клиента (customerEmail) может содержать не более %n символа.</numerusform>
            <numerusform>Адрес электронной почты клиента (customerEmail) может содержать не более %n символов.</numerusform>
            <numerusform>Адрес электронной почты клиента (customerEmail) может содержать не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A Gitmix transaction ID (txid) is a number such as 28442; &quot;%1&quot; is not one.</source>
        <translation>ID транзакции Gitmix (txid) — это число, например 28442; «%1» не является таким числом.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 Gitmix&apos;s answer: &quot;%2&quot;</source>
        <extracomment>%1 is Sarraf&apos;s sentence about the failure; %2 is Gitmix&apos;s own English message, quoted as it came.</extracomment>
        <translation>%1 Ответ Gitmix: «%2»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The callback is not a JSON object as Gitmix sends it, so it cannot be checked.</source>
        <translation>Уведомление не является JSON-объектом в том виде, в каком его отправляет Gitmix, поэтому его невозможно проверить.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback has no &quot;hash&quot; member, so nothing shows that it came from Gitmix.</source>
        <translation>В уведомлении нет поля &quot;hash&quot;, поэтому нет подтверждения, что оно пришло от Gitmix.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Gitmix API key is not set, so the callback cannot be checked; enter it in this provider&apos;s settings.</source>
        <translation>API-ключ Gitmix не задан, поэтому уведомление невозможно проверить. Введите ключ в настройках этого провайдера.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The callback&apos;s signature does not match this store&apos;s Gitmix API key: it was not sent by Gitmix for this store, or it was changed on the way. Do not act on it.</source>
        <translation>Подпись уведомления не соответствует API-ключу Gitmix этого магазина: оно отправлено не Gitmix для этого магазина или было изменено по пути. Не выполняйте по нему никаких действий.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The callback is genuine, but it lacks the transaction ID, status or amount Sarraf needs to apply it.</source>
        <translation>Уведомление подлинное, но в нём нет ID транзакции, статуса или суммы, которые нужны Sarraf, чтобы его применить.</translation>
    </message>
</context>
<context>
    <name>sarraf::GreengoAdapter</name>
    <message>
        <location filename="../providers/greengo/GreengoAdapter.cpp" line="+226"/>
        <source>GREENGO refused the request without giving a reason (HTTP status %1).</source>
        <translation>GREENGO отклонил запрос без указания причины (HTTP-статус %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GREENGO refused the request: %1</source>
        <translation>GREENGO отклонил запрос: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GREENGO accepts the payment methods %1; &quot;%2&quot; is not one of them.</source>
        <translation>GREENGO принимает способы оплаты %1; «%2» среди них нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the wallet address GREENGO should send the funds to.</source>
        <translation>Введите адрес кошелька, на который GREENGO должен отправить средства.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet address &quot;%1&quot; contains spaces or characters no wallet address has, or is too long; check it.</source>
        <translation>Адрес кошелька «%1» содержит пробелы или символы, недопустимые в адресах кошельков, либо слишком длинный. Проверьте его.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the amount the customer gives.</source>
        <translation>Введите сумму, которую отдаёт клиент.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the payment method &quot;%1&quot; the customer gives %2, not %3.</source>
        <translation>При способе оплаты «%1» клиент отдаёт %2, а не %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount the customer gives must be greater than zero.</source>
        <translation>Сумма, которую отдаёт клиент, должна быть больше нуля.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>GREENGO takes %1 amounts with at most %n decimal place(s).</source>
        <translation>
            <numerusform>GREENGO принимает суммы в %1 не более чем с %n знаком после точки.</numerusform>
            <numerusform>GREENGO принимает суммы в %1 не более чем с %n знаками после точки.</numerusform>
            <numerusform>GREENGO принимает суммы в %1 не более чем с %n знаками после точки.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GREENGO has switched the direction &quot;%1&quot; off.</source>
        <translation>GREENGO отключил направление «%1».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The direction &quot;%1&quot; takes %2, not %3.</source>
        <translation>Направление «%1» принимает %2, а не %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GREENGO&apos;s minimum for &quot;%1&quot; is %2.</source>
        <translation>Минимум GREENGO для «%1» — %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GREENGO&apos;s maximum for &quot;%1&quot; is %2.</source>
        <translation>Максимум GREENGO для «%1» — %2.</translation>
    </message>
    <message>
        <location filename="../providers/ProviderConnectors.cpp" line="+305"/>
        <location filename="../providers/greengo/GreengoAdapter.cpp" line="+11"/>
        <source>&quot;%1&quot; is not a GREENGO order id; an id is a short code without spaces.</source>
        <translation>«%1» не является ID заявки GREENGO: ID — это короткий код без пробелов.</translation>
    </message>
    <message>
        <location filename="../providers/greengo/GreengoAdapter.cpp" line="+209"/>
        <source>GREENGO has no order %1 for this account.</source>
        <translation>У GREENGO нет заявки %1 для этого аккаунта.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>GREENGO did not cancel order %1: it may not exist, or it is already paid or closed. Refresh it to see its status.</source>
        <translation>GREENGO не отменил заявку %1: возможно, её не существует, или она уже оплачена либо закрыта. Обновите заявку, чтобы увидеть её статус.</translation>
    </message>
</context>
<context>
    <name>sarraf::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments you create, look up by id or receive a verified callback for appear here with their status history, once a provider such as Gitmix or Cryptofuse is enabled.</source>
        <translation>Когда будет включён провайдер, например Gitmix или Cryptofuse, здесь появятся счета и платежи с историей статусов: созданные вами, найденные по идентификатору и те, по которым получено проверенное уведомление (колбэк).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange orders from Premium Exchanger and GREENGO appear here once a provider is enabled: the ones Sarraf creates, the ones it lists and the ones you look up by id.</source>
        <translation>Когда будет включён провайдер, здесь появятся заявки на обмен из Premium Exchanger и GREENGO: созданные в Sarraf, полученные в списках и найденные вами по идентификатору.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawals</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals sent through the providers appear here with their network, destination and confirmations.</source>
        <translation>Здесь появятся выводы, отправленные через провайдеров, с указанием сети, адреса получателя и числа подтверждений.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout requests waiting for approval, approved, sent and reconciled appear here. Every payout needs an approver other than the person who requested it.</source>
        <translation>Здесь появятся запросы на выплату: ожидающие одобрения, одобренные, отправленные и сверенные. Для каждой выплаты нужен одобряющий — не тот сотрудник, который её запросил.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices</source>
        <translation>Курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live prices from the price feeds appear here, with their source, their age and a chart of each pair.</source>
        <translation>Здесь появятся актуальные курсы из источников котировок с указанием источника, давности данных и графиком для каждой пары.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each provider&apos;s health, rate limit and credentials appear here. Credentials are kept only in the system keychain.</source>
        <translation>Здесь отображаются состояние, лимит запросов и учётные данные каждого провайдера. Учётные данные хранятся только в системном хранилище ключей.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action on money appears here in order: who requested, approved or sent what, and when. The log is chained so that an edit or a deletion shows.</source>
        <translation>Здесь по порядку отображается каждое действие с деньгами: кто, что и когда запросил, одобрил или отправил. Записи журнала связаны в цепочку, поэтому любое изменение или удаление будет заметно.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Sarraf — sandbox</source>
        <translation>Sarraf — песочница</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sarraf</source>
        <translation>Sarraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;navigation</source>
        <translation>Показывать панель &amp;навигации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New invoice or order…</source>
        <translation>&amp;Новый счёт или заявка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Gitmix invoice, a Cryptofuse payment or a GREENGO order</source>
        <translation>Создать счёт Gitmix, платёж Cryptofuse или заявку GREENGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every enabled provider now</source>
        <translation>Обновить данные всех включённых провайдеров сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Уведомления на рабочем столе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell me when a tracked transaction completes or fails</source>
        <translation>Сообщать, когда отслеживаемая операция завершится или не пройдёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up by id (any provider), then Enter</source>
        <translation>Поиск по ID (любой провайдер), затем Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks every enabled provider about this id, keeps what they know and shows it</source>
        <translation>Запрашивает этот ID у всех включённых провайдеров, сохраняет их ответы и показывает их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журналов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Sarraf</source>
        <translation>О &amp;программе Sarraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Syncing %1…</source>
        <translation>Синхронизация: %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refreshed.</source>
        <extracomment>%1 is a transaction&apos;s id, %2 why it could not be refreshed.</extracomment>
        <translation>%1 обновлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not refresh %1: %2</source>
        <translation>Не удалось обновить %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cancelled.</source>
        <extracomment>%1 is an order&apos;s id, %2 why it was not cancelled.</extracomment>
        <translation>%1 отменено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not cancelled: %2</source>
        <translation>%1 не отменено: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You act as %1 on the payout desk.</source>
        <extracomment>%1 the operator&apos;s name</extracomment>
        <translation>Вы работаете с выплатами под именем %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not synced yet</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced at %1</source>
        <translation>Синхронизировано в %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced at %1; failed: %2</source>
        <extracomment>%1 is a time, %2 the first provider that failed and why.</extracomment>
        <translation>Синхронизировано в %1; с ошибкой: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up %1…</source>
        <translation>Поиск %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enabled provider knows the id %1.</source>
        <translation>Ни один включённый провайдер не знает ID %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No enabled provider knows the id %1; %2</source>
        <translation>Ни один включённый провайдер не знает ID %1; %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Found %1 at %2.</source>
        <translation>%1 найден у %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refreshing %1…</source>
        <translation>Обновление %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling %1…</source>
        <translation>Отмена %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No provider is enabled in this profile yet, so nothing can be created.</source>
        <translation>В этом профиле ещё не включён ни один провайдер, поэтому создать ничего нельзя.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing was created: %1</source>
        <translation>Ничего не создано: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created %1 at %2.</source>
        <extracomment>%1 is the new transaction&apos;s id, %2 the provider&apos;s name.</extracomment>
        <translation>Создано: %1 у %2.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Sandbox profile: nothing here reaches a real provider</source>
        <translation>Профиль песочницы: запросы не доходят до реальных провайдеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The log folder is %1</source>
        <translation>Папка журналов: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+86"/>
        <source>No provider is enabled in this profile yet, so there is nothing to sync.</source>
        <translation>В этом профиле ещё не включён ни один провайдер, поэтому синхронизировать нечего.</translation>
    </message>
</context>
<context>
    <name>sarraf::OAuthClientCredentials</name>
    <message>
        <location filename="../providers/http/OAuthClientCredentials.cpp" line="+55"/>
        <location line="+29"/>
        <source>The connection for this provider was closed.</source>
        <translation>Соединение для этого провайдера закрыто.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 refused Sarraf&apos;s client id or client secret; check the ones saved for this provider.</source>
        <translation>%1 отклонил client id или client secret, отправленные Sarraf. Проверьте значения, сохранённые для этого провайдера.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutApprovalDialog</name>
    <message>
        <location filename="../ui/PayoutApprovalDialog.cpp" line="+45"/>
        <source>Review payout %1</source>
        <extracomment>%1 payout number</extracomment>
        <translation>Проверка выплаты %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payout</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider:</source>
        <translation>Провайдер:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payout currency id:</source>
        <translation>ID валюты выплаты:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee:</source>
        <translation>Комиссия:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not estimated</source>
        <translation>не оценена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives:</source>
        <translation>Поступит:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested by:</source>
        <translation>Запросил:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 on %2</source>
        <extracomment>%1 operator name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by:</source>
        <translation>Одобрил:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the provider said</source>
        <translation>Ответ провайдера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider has not checked this destination yet: it cannot be approved.</source>
        <translation>Провайдер ещё не проверил получателя: одобрить нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid. Checked by %1 on %2. %3</source>
        <extracomment>%1 operator, %2 time, %3 the provider&apos;s findings</extracomment>
        <translation>Действителен. Проверил %1, %2. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT valid. Checked by %1 on %2. %3</source>
        <translation>НЕ действителен. Проверил %1, %2. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier payouts to this destination</source>
        <translation>Прежние выплаты этому получателю</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1: %2, %3, %4</source>
        <extracomment>One earlier payout: %1 number, %2 amount, %3 state, %4 date</extracomment>
        <translation>№%1: %2, %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: this is the first payout to this destination. Check it with particular care.</source>
        <translation>Нет: это первая выплата этому получателю. Проверьте особенно внимательно.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln earlier payout(s):</source>
        <translation>
            <numerusform>%Ln прежняя выплата:</numerusform>
            <numerusform>%Ln прежние выплаты:</numerusform>
            <numerusform>%Ln прежних выплат:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limits</source>
        <translation>Лимиты</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no single-approval limit: every payout needs two approvers.</source>
        <translation>Для %1 не задан лимит одного одобрения: каждой выплате нужны два одобряющих.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the single-approval limit of %1: two different people must approve.</source>
        <translation>Выше лимита одного одобрения %1: одобрить должны два разных человека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the single-approval limit of %1: one approval is enough.</source>
        <translation>В пределах лимита одного одобрения %1: достаточно одного одобрения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved today: %1 of the daily limit %2.</source>
        <extracomment>%1 approved today, %2 the daily limit</extracomment>
        <translation>Одобрено сегодня: %1 из дневного лимита %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving this payout would pass the daily limit: it will be refused.</source>
        <translation>Одобрение этой выплаты превысит дневной лимит: оно будет отклонено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set your operator name on the Payouts page first: every approval records who gave it.</source>
        <translation>Сначала укажите имя оператора на странице «Выплаты»: каждое одобрение записывает, кто его дал.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You requested this payout, so you cannot approve it. Another person must.</source>
        <translation>Вы запросили эту выплату, поэтому не можете её одобрить. Это должен сделать другой человек.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have already approved this payout. The second approval must come from another person.</source>
        <translation>Вы уже одобрили эту выплату. Второе одобрение должно быть от другого человека.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider has not found this destination valid, so it cannot be approved.</source>
        <translation>Провайдер не признал получателя действительным, поэтому одобрить нельзя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payout has all the approvals it needs. You can still reject it before it is sent.</source>
        <translation>У этой выплаты есть все нужные одобрения. До отправки её ещё можно отклонить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>Ваше решение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the amount, as shown above</source>
        <translation>сумма, как указано выше</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the amount in %1 to approve:</source>
        <extracomment>%1 the currency code</extracomment>
        <translation>Для одобрения введите сумму в %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>why, for the requester</source>
        <translation>почему — для запросившего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason to reject:</source>
        <translation>Причина отказа:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The amount matches.</source>
        <translation>Сумма совпадает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not the payout&apos;s amount.</source>
        <translation>Это не сумма выплаты.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutConnector</name>
    <message>
        <location filename="../providers/PayoutConnectors.cpp" line="+56"/>
        <source>Cryptofuse says %1 is not a valid address for %2. Nothing can be sent to it.</source>
        <translation>Cryptofuse сообщает, что %1 — недействительный адрес для %2. Отправить на него ничего нельзя.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cryptofuse says the address %1 is valid on the %2 network. Its fee is %3, so the address receives %4.</source>
        <extracomment>%1 address, %2 network, %3 fee with currency, %4 what arrives with currency</extracomment>
        <translation>Cryptofuse сообщает, что адрес %1 действителен в сети %2. Комиссия %3, поэтому адрес получит %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account has no %1 balance to pay it from.</source>
        <translation>На счёте нет баланса %1 для этой выплаты.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The available balance, %1, is less than the payout.</source>
        <translation>Доступный баланс, %1, меньше суммы выплаты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The available balance is %1.</source>
        <translation>Доступный баланс: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cryptofuse accepted withdrawal %1, status &quot;%2&quot;.</source>
        <extracomment>%1 the withdrawal&apos;s id, %2 Cryptofuse&apos;s status word</extracomment>
        <translation>Cryptofuse принял вывод %1, статус «%2».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cryptofuse cannot list withdrawals, so Sarraf cannot see whether this one arrived. Look for its webhook among the imported callbacks, or ask Cryptofuse.</source>
        <translation>Cryptofuse не выдаёт список выводов, поэтому Sarraf не может увидеть, дошёл ли этот. Найдите его вебхук среди импортированных уведомлений или спросите Cryptofuse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 balance now: %2 available, %3 pending (a withdrawal under way is pending).</source>
        <translation>Баланс %1 сейчас: %2 доступно, %3 в ожидании (выполняемый вывод числится в ожидании).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>payout %1 of %2 to %3, status %4</source>
        <extracomment>%1 payout id, %2 amount with currency, %3 account, %4 the exchanger&apos;s status word</extracomment>
        <translation>выплата %1 на %2 на %3, статус %4</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The list was cut at %1 payouts; look on the exchanger&apos;s site for the rest.</source>
        <translation>Список обрезан на %1 выплатах; остальные смотрите на сайте обменника.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The partner balance is below the minimum payout.</source>
        <translation>Партнёрский баланс меньше минимальной выплаты.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Premium Exchanger offers no payout currency %1. It offers: %2.</source>
        <translation>У Premium Exchanger нет валюты выплаты %1. Доступны: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Premium Exchanger pays the whole partner balance in %1: %2 now, commission %3, minimum payout %4.</source>
        <extracomment>%1 currency title, %2 balance, %3 the exchanger&apos;s commission, %4 minimum payout</extracomment>
        <translation>Premium Exchanger выплачивает весь партнёрский баланс в %1: сейчас %2, комиссия %3, минимальная выплата %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It cannot pay another amount: request exactly %1.</source>
        <translation>Другую сумму он не выплатит: запросите ровно %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was sent: Premium Exchanger would now pay %1, not the %2 that was approved. Request the payout again for the new balance.</source>
        <translation>Ничего не отправлено: Premium Exchanger выплатил бы сейчас %1, а не одобренные %2. Запросите выплату заново на новый баланс.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Premium Exchanger accepted payout request %1.</source>
        <translation>Premium Exchanger принял запрос на выплату %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Premium Exchanger lists %1.</source>
        <translation>Premium Exchanger показывает: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Premium Exchanger&apos;s partner payouts since %1 to %2:</source>
        <translation>Партнёрские выплаты Premium Exchanger с %1 на %2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none.</source>
        <translation>нет.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutReconcileDialog</name>
    <message>
        <location filename="../ui/PayoutReconcileDialog.cpp" line="+26"/>
        <source>Reconcile payout %1</source>
        <translation>Сверка выплаты %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 through %2 to %3.</source>
        <extracomment>%1 amount, %2 provider, %3 destination</extracomment>
        <translation>%1 через %2 на %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf does not know whether the provider carried it out: %1 It will not be sent again. Find out what happened and record it here.</source>
        <translation>Sarraf не знает, выполнил ли её провайдер: %1 Повторно она не будет отправлена. Выясните, что произошло, и запишите здесь.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the provider says</source>
        <translation>Что говорит провайдер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider</source>
        <translation>Спросить провайдера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet.</source>
        <translation>Ещё не спрашивали.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider received it and is paying it out</source>
        <translation>Провайдер получил её и выполняет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider paid it out</source>
        <translation>Провайдер выплатил её</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider did not pay it: no money left</source>
        <translation>Провайдер не выплатил её: деньги не ушли</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider&apos;s id for it, when known</source>
        <translation>её номер у провайдера, если известен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s reference:</source>
        <translation>Номер у провайдера:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you checked, and where: the provider&apos;s list, its balance, a message from their support. Kept in the audit log.</source>
        <translation>Что и где вы проверили: список провайдера, его баланс, сообщение поддержки. Сохраняется в журнале аудита.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you checked:</source>
        <translation>Что вы проверили:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asking…</source>
        <translation>Запрос…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider could not be asked: %1</source>
        <translation>Не удалось спросить провайдера: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found: %1, %2.</source>
        <extracomment>%1 the provider&apos;s reference, %2 the state it reports</extracomment>
        <translation>Найдено: %1, %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not found at the provider.</source>
        <translation>У провайдера не найдено.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutRequestDialog</name>
    <message>
        <location filename="../ui/PayoutRequestDialog.cpp" line="+43"/>
        <source>New payout</source>
        <translation>Новая выплата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cryptofuse: a withdrawal to a crypto address</source>
        <translation>Cryptofuse: вывод на криптоадрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium Exchanger: a partner payout to an account</source>
        <translation>Premium Exchanger: партнёрская выплата на счёт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay through:</source>
        <translation>Выплатить через:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To:</source>
        <translation>Куда:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout currency id:</source>
        <translation>ID валюты выплаты:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as Premium Exchanger&apos;s partner information lists it, such as 2</source>
        <translation>как в партнёрской информации Premium Exchanger, например 2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what it is for, for the approvers</source>
        <translation>за что — для одобряющих</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request payout</source>
        <translation>Запросить выплату</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the account the exchanger pays into</source>
        <translation>счёт, на который платит обменник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full address, such as T… on TRON</source>
        <translation>полный адрес, например T… в сети TRON</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter where the payout goes.</source>
        <translation>Укажите получателя выплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the payout currency id.</source>
        <translation>Укажите ID валюты выплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount.</source>
        <translation>Укажите сумму.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payout&apos;s amount must be greater than zero.</source>
        <translation>Сумма выплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1…</source>
        <translation>Запрос к %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider could not be asked: %1 The request can still be made; it is checked again before anyone approves it.</source>
        <extracomment>%1 why the provider could not be asked</extracomment>
        <translation>Не удалось спросить провайдера: %1 Запрос всё равно можно создать; перед одобрением он будет проверен снова.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutSender</name>
    <message>
        <location filename="../models/payouts/PayoutSender.cpp" line="+78"/>
        <source>There is no payout %1.</source>
        <translation>Выплаты %1 нет.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sarraf cannot reach %1 for payouts: set the provider up in this profile (it pays out through Cryptofuse and Premium Exchanger).</source>
        <translation>Sarraf не может обратиться к %1 для выплат: настройте провайдера в этом профиле (выплаты идут через Cryptofuse и Premium Exchanger).</translation>
    </message>
    <message>
        <location filename="../models/payouts/PayoutDesk.cpp" line="+280"/>
        <source>Payout %1 is requested, but the provider could not check it: %2 Check it again before anyone approves it.</source>
        <extracomment>%1 payout number, %2 why the provider could not be asked</extracomment>
        <translation>Выплата %1 запрошена, но провайдер не смог её проверить: %2 Проверьте её снова до одобрения.</translation>
    </message>
    <message>
        <location filename="../models/payouts/PayoutSender.cpp" line="+4"/>
        <source>%1 does not pay out to a destination of kind &quot;%2&quot;; it pays to: %3.</source>
        <translation>%1 не выплачивает на получателя вида «%2»; доступно: %3.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 accepted payout %2 as %3, but Sarraf could not save that: %4 The payout will need reconciliation; it will not be sent again.</source>
        <translation>%1 принял выплату %2 под номером %3, но Sarraf не смог это сохранить: %4 Выплата потребует сверки; повторно она не будет отправлена.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether %1 received the payout is unknown: %2</source>
        <translation>Неизвестно, получил ли %1 выплату: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1&apos;s verified webhook reports withdrawal %2 as &quot;%3&quot;.</source>
        <extracomment>%1 provider, %2 withdrawal id, %3 its status word</extracomment>
        <translation>Проверенный вебхук %1 сообщает о выводе %2: «%3».</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>withdrawal %1 of %2 to this address, status &quot;%3&quot;, from a verified webhook</source>
        <translation>вывод %1 на %2 на этот адрес, статус «%3», из проверенного вебхука</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified webhooks report withdrawals of this amount since sending began that name no address: %1. A person must tell whether one of them is this payout.</source>
        <translation>Проверенные вебхуки сообщают о выводах на эту сумму с начала отправки без указания адреса: %1. Человек должен определить, не эта ли выплата среди них.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A verified webhook reports %1.</source>
        <translation>Проверенный вебхук сообщает: %1.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1 is payout %2</source>
        <translation>%1 — это выплата %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sarraf knows some of them as other payouts: %1.</source>
        <translation>Некоторые из них Sarraf знает как другие выплаты: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payouts %1 went to the same destination and their answers are unknown too: a person must tell which provider payout belongs to which.</source>
        <translation>Выплаты %1 ушли тому же получателю, и их ответы тоже неизвестны: человек должен определить, какая выплата провайдера к какой относится.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Payout %1 is %2; only a payout that needs reconciliation is looked for.</source>
        <translation>Выплата %1 в состоянии «%2»; искать можно только выплату, требующую сверки.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutsPage</name>
    <message>
        <location filename="../ui/PayoutsPage.cpp" line="+157"/>
        <source>Set your operator name to request or approve payouts.</source>
        <translation>Укажите имя оператора, чтобы запрашивать или одобрять выплаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Вы работаете как &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set operator name…</source>
        <translation>Указать имя оператора…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payout…</source>
        <translation>Новая выплата…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All payouts</source>
        <translation>Все выплаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval</source>
        <translation>Ждут одобрения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready to send</source>
        <translation>Готовы к отправке</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Отправлены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconciliation</source>
        <translation>Требуют сверки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>Завершены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and approve…</source>
        <translation>Проверить и одобрить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>Узнать статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile…</source>
        <translation>Сверить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with provider</source>
        <translation>Проверить у провайдера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>Запросил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>Одобрил</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Изменена</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln waiting, %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln ждёт, %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln ждут, %2</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln ждут, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>approved today %1 of %2</source>
        <extracomment>%1 approved today, %2 the daily limit</extracomment>
        <translation>одобрено сегодня %1 из %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved today %1, no daily limit</source>
        <translation>одобрено сегодня %1, дневного лимита нет</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payouts wait for approval or sending.</source>
        <translation>Нет выплат, ожидающих одобрения или отправки.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Operator name</source>
        <translation>Имя оператора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name you act under on the payout desk. Every request and approval records it, and nobody may approve a payout they requested.</source>
        <translation>Имя, под которым вы работаете с выплатами. Оно записывается в каждом запросе и одобрении, и никто не может одобрить выплату, которую запросил сам.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payout %1 requested and checked with the provider.</source>
        <translation>Выплата %1 запрошена и проверена у провайдера.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout %1 requested, but the provider did not accept it: see Review.</source>
        <translation>Выплата %1 запрошена, но провайдер её не принял: см. «Проверить и одобрить».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payout %1: the provider accepts it.</source>
        <translation>Выплата %1: провайдер её принимает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout %1: the provider does not accept it.</source>
        <translation>Выплата %1: провайдер её не принимает.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Payout %1 approved.</source>
        <translation>Выплата %1 одобрена.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payout %1 rejected.</source>
        <translation>Выплата %1 отклонена.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send payout %1</source>
        <translation>Отправка выплаты %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send %1 through %2 to %3 now? It is sent once; if the answer is lost it is not sent again but needs reconciliation.</source>
        <extracomment>%1 amount, %2 provider, %3 destination</extracomment>
        <translation>Отправить %1 через %2 на %3 сейчас? Выплата отправляется один раз; если ответ потеряется, она не будет отправлена повторно, а потребует сверки.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Payout %1: %2.</source>
        <extracomment>%1 payout number, %2 its state now</extracomment>
        <translation>Выплата %1: %2.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Payout %1 reconciled: %2.</source>
        <translation>Выплата %1 сверена: %2.</translation>
    </message>
</context>
<context>
    <name>sarraf::PremiumExchangerAdapter</name>
    <message>
        <location filename="../providers/premiumexchanger/PremiumExchangerAdapter.cpp" line="+180"/>
        <source>%1 refused the API login and key: they are wrong, or API access is switched off for this user on the exchanger&apos;s site. Check the keys saved for this provider and the user&apos;s &quot;Work with REST API&quot; option; nothing was changed.</source>
        <translation>%1 отклонил логин и ключ API: они неверны, или доступ к API для этого пользователя отключён на сайте обменника. Проверьте ключи, сохранённые для этого провайдера, и параметр пользователя «Work with REST API». Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an empty answer, so it is unknown whether the request was carried out; check it on the exchanger&apos;s site before trying again.</source>
        <translation>%1 прислал пустой ответ, поэтому неизвестно, был ли выполнен запрос. Прежде чем повторять попытку, проверьте это на сайте обменника.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an empty answer: the information asked for does not exist. Check the id or the filters; nothing was changed.</source>
        <translation>%1 прислал пустой ответ: запрошенные данные не существуют. Проверьте ID или фильтры. Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+186"/>
        <source>%1 has no bid with this id or hash; nothing was changed.</source>
        <translation>У %1 нет заявки с таким ID или хешем. Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 does not let this API key use the method &quot;%2&quot;; the exchanger&apos;s administrator must enable it for the key. Nothing was changed.</source>
        <translation>%1 не разрешает этому API-ключу использовать метод «%2»: администратор обменника должен включить его для этого ключа. Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not offer this exchange direction through the API; the exchanger must allow API access in the direction&apos;s settings. Nothing was changed.</source>
        <translation>%1 не предоставляет это направление обмена через API: обменник должен разрешить доступ к API в настройках направления. Никаких изменений не внесено.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the request and said: &quot;%2&quot;.</source>
        <translation>%1 отклонил запрос с сообщением: «%2».</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A currency id is a whole number, such as 5.</source>
        <translation>ID валюты — это целое число, например 5.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../providers/premiumexchanger/PremiumExchangerRules.h" line="+72"/>
        <source>The exchange direction id must be a whole number, such as 12.</source>
        <translation>ID направления обмена должен быть целым числом, например 12.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Give the bid&apos;s id (a whole number) or its hash (letters and digits).</source>
        <translation>Укажите ID заявки (целое число) или её хеш (буквы и цифры).</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The bid&apos;s hash must be letters and digits, as Premium Exchanger gave it.</source>
        <translation>Хеш заявки должен состоять из букв и цифр — в том виде, в каком его выдал Premium Exchanger.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The payout currency id must be a whole number, such as 3.</source>
        <translation>ID валюты выплаты должен быть целым числом, например 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the account the payout goes to.</source>
        <translation>Введите счёт, на который поступит выплата.</translation>
    </message>
    <message>
        <location filename="../providers/premiumexchanger/PremiumExchangerRules.h" line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which amount was entered: given, received, or either with the fee.</source>
        <translation>Выберите, какая сумма была введена: отдаваемая, получаемая или одна из них с учётом комиссии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a field name Premium Exchanger accepts.</source>
        <translation>«%1» не является именем поля, которое принимает Premium Exchanger.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The partner id must be a whole number.</source>
        <translation>ID партнёра должен быть целым числом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our own id for the bid must be at most 64 printable characters.</source>
        <translation>Наш собственный ID заявки должен содержать не более 64 печатных символов.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback address must be a full http or https address.</source>
        <translation>Адрес для уведомлений должен быть полным адресом http или https.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom fields are numbered from cf1 to cf99.</source>
        <translation>Пользовательские поля нумеруются от cf1 до cf99.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The start of the period must be a valid time before its end.</source>
        <translation>Начало периода должно быть корректным моментом времени раньше его окончания.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«%1» не является IP-адресом.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bid id is a whole number, such as 1042.</source>
        <translation>ID заявки — это целое число, например 1042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of bids to show must be at least 1, and the number to skip at least 0.</source>
        <translation>Количество показываемых заявок должно быть не меньше 1, а количество пропускаемых — не меньше 0.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Premium Exchanger&apos;s %1 does not take the filter %2.</source>
        <translation>Метод %1 Premium Exchanger не принимает фильтр %2.</translation>
    </message>
</context>
<context>
    <name>sarraf::PriceTableModel</name>
    <message>
        <location filename="../models/prices/PriceTableModel.cpp" line="+39"/>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 s ago</source>
        <extracomment>How old a price is, in seconds.</extracomment>
        <translation>%1 с назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min ago</source>
        <extracomment>How old a price is, in minutes.</extracomment>
        <translation>%1 мин назад</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h ago</source>
        <extracomment>How old a price is, in hours.</extracomment>
        <translation>%1 ч назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d ago</source>
        <extracomment>How old a price is, in days.</extracomment>
        <translation>%1 дн. назад</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At %1. Older than expected: the source may not be answering.</source>
        <extracomment>%1 is when the source gave the price.</extracomment>
        <translation>На %1. Старше ожидаемого: возможно, источник не отвечает.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1</source>
        <translation>На %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pair</source>
        <translation>Пара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last price</source>
        <translation>Последняя цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 h change</source>
        <translation>Изменение за 24 ч</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>sarraf::PricesPage</name>
    <message>
        <location filename="../ui/PricesPage.cpp" line="+171"/>
        <source>Refreshing prices…</source>
        <translation>Обновление цен…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the price source now (never faster than its rate limit allows)</source>
        <translation>Запросить источник цен сейчас (не чаще, чем позволяет его лимит запросов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh:</source>
        <translation>Автообновление:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Every %1 s</source>
        <translation>Каждые %1 с</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The last 24 hours of %1/%2 could not be read from %3: %4</source>
        <extracomment>%1/%2 is a pair such as BTC/USDT, %3 the source, %4 why.</extracomment>
        <translation>Последние 24 часа %1/%2 не удалось получить от %3: %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Every %1 min</source>
        <translation>Каждые %1 мин</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No price source is set up yet. Prices appear here once a price feed (CoinGecko, CoinMarketCap or Nobitex) is enabled in Settings; sarraf --sandbox shows the sandbox&apos;s feed.</source>
        <translation>Источник цен ещё не настроен. Цены появятся здесь, когда в настройках будет включён источник (CoinGecko, CoinMarketCap или Nobitex); sarraf --sandbox показывает цены песочницы.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prices could not be refreshed: %1</source>
        <extracomment>%1 is the source and why its prices could not be read.</extracomment>
        <translation>Не удалось обновить цены: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updated at %1</source>
        <translation>Обновлено в %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Millions of %1</source>
        <translation>Млн %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No history for %1 / %2 yet</source>
        <translation>Истории для %1 / %2 пока нет</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — %2 — last 24 hours from %3</source>
        <extracomment>The chart&apos;s title: %1 the pair (&quot;BTC / USDT&quot;), %2 its last price, %3 the source.</extracomment>
        <translation>%1 — %2 — последние 24 часа, источник: %3</translation>
    </message>
</context>
<context>
    <name>sarraf::ProviderConnector</name>
    <message>
        <location filename="../providers/ProviderConnectors.cpp" line="-177"/>
        <source>Nothing was sent: the provider&apos;s limits could not be read. %1</source>
        <translation>Ничего не отправлено: не удалось прочитать лимиты провайдера. %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cryptofuse does not take %1; it takes %2.</source>
        <translation>Cryptofuse не принимает %1; принимает: %2.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Premium Exchanger did not cancel the bid; it says its status is &quot;%1&quot;.</source>
        <translation>Premium Exchanger не отменил заявку; её статус, по его словам, «%1».</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>GREENGO did not cancel the order: it is unknown to GREENGO, already paid or already closed.</source>
        <translation>GREENGO не отменил заказ: заказ ему неизвестен, уже оплачен или уже закрыт.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether GREENGO cancelled the order is unknown; refresh it to find out.</source>
        <translation>Неизвестно, отменил ли GREENGO заказ; обновите его, чтобы узнать.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This provider&apos;s API cannot cancel a transaction.</source>
        <translation>API этого провайдера не умеет отменять операции.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf cannot create transactions at %1.</source>
        <translation>Sarraf не умеет создавать транзакции у %1.</translation>
    </message>
</context>
<context>
    <name>sarraf::ProviderHealthModel</name>
    <message>
        <location filename="../models/sync/ProviderHealth.cpp" line="+49"/>
        <source>Switched off</source>
        <translation>Выключен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up</source>
        <translation>Не настроен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused after errors</source>
        <translation>Приостановлен после ошибок</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 a minute, %2 at once</source>
        <extracomment>%1 requests per minute, %2 requests that may leave at once.</extracomment>
        <translation>%1 в минуту, %2 сразу</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>Замкнут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: paused</source>
        <translation>Разомкнут: пауза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-open: testing</source>
        <translation>Полуоткрыт: проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used yet</source>
        <translation>Ещё не использовался</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Closed: requests go through. Open: requests are paused for a while because the provider kept failing. Half-open: one request tests whether it works again.</source>
        <translation>Замкнут: запросы проходят. Разомкнут: запросы на время приостановлены, потому что провайдер продолжал давать сбои. Полуоткрыт: один запрос проверяет, работает ли он снова.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync started %1</source>
        <translation>Последняя синхронизация началась %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync</source>
        <translation>Последняя успешная синхронизация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by rate limit</source>
        <translation>Задержано лимитом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circuit breaker</source>
        <translation>Автомат отключения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>Лимит запросов</translation>
    </message>
</context>
<context>
    <name>sarraf::ProvidersPage</name>
    <message>
        <location filename="../ui/ProvidersPage.cpp" line="+141"/>
        <source>%1: %2</source>
        <extracomment>%1 is a provider&apos;s name, %2 what went wrong, in words.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is switched off in this profile; Settings switches it on.</source>
        <translation>%1 выключен в этом профиле; включить его можно в настройках.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not been synced yet; Sync now asks it.</source>
        <translation>%1 ещё не синхронизирован; «Синхронизировать сейчас» опросит его.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered the last sync.</source>
        <translation>%1 ответил при последней синхронизации.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the connection to each provider is doing: its last good sync, the requests Sarraf sent since it started, the errors, the requests held back to stay within the provider&apos;s rate limit, and the circuit breaker, which pauses requests to a provider that keeps failing.</source>
        <translation>Как работает связь с каждым провайдером: последняя успешная синхронизация, запросы, отправленные Sarraf с момента запуска, ошибки, запросы, задержанные, чтобы не превысить лимит провайдера, и автомат отключения, который приостанавливает запросы к провайдеру, если тот продолжает давать сбои.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
</context>
<context>
    <name>sarraf::SandboxServer</name>
    <message>
        <location filename="../providers/sandbox/SandboxServer.cpp" line="+95"/>
        <source>The sandbox could not listen on port %1 of this computer; another program may be using it.</source>
        <translation>Песочнице не удалось открыть порт %1 на этом компьютере: возможно, его занимает другая программа. Закройте её или укажите другой порт.</translation>
    </message>
</context>
<context>
    <name>sarraf::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+73"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>&amp;Папка данных:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on the &amp;sandbox profile (simulated providers, no real money)</source>
        <translation>&amp;Запускать с профилем песочницы (имитация провайдеров, без реальных денег)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. A new data folder or profile takes effect when Sarraf restarts. Provider credentials are kept in the system keychain, never in these settings.</source>
        <translation>Язык меняется сразу. Новая папка данных или профиль начнут действовать после перезапуска Sarraf. Учётные данные провайдеров хранятся в системном хранилище ключей, а не в этих настройках.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the data folder</source>
        <translation>Выберите папку данных</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restart Sarraf?</source>
        <translation>Перезапустить Sarraf?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new data folder or profile takes effect when Sarraf restarts. Restart now?</source>
        <translation>Новая папка данных или профиль начнут действовать после перезапуска Sarraf. Перезапустить сейчас?</translation>
    </message>
</context>
<context>
    <name>sarraf::SyncScheduler</name>
    <message>
        <location filename="../models/sync/SyncScheduler.cpp" line="+180"/>
        <source>%1 did not answer clearly, so it may have created it all the same. Look it up before creating it again. (%2)</source>
        <translation>%1 не дал ясного ответа, поэтому транзакция могла быть создана. Найдите её, прежде чем создавать снова. (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 created %2, but Sarraf could not save it: %3</source>
        <translation>%1 создал %2, но Sarraf не смог сохранить: %3</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The local database cannot be opened.</source>
        <translation>Не удаётся открыть локальную базу данных.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not enabled in this profile.</source>
        <translation>%1 не включён в этом профиле.</translation>
    </message>
</context>
<context>
    <name>sarraf::TransactionDetailsPane</name>
    <message>
        <location filename="../ui/TransactionDetailsPane.cpp" line="+45"/>
        <source>sync</source>
        <translation>синхронизация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look-up or refresh</source>
        <translation>поиск или обновление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s callback</source>
        <translation>уведомление провайдера</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created in Sarraf</source>
        <translation>создано в Sarraf</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Save the receipt</source>
        <translation>Сохранить квитанцию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt could not be laid out.</source>
        <translation>Не удалось сверстать квитанцию.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction receipt</source>
        <translation>Квитанция об операции</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt saved to %1.</source>
        <extracomment>%1 is a file&apos;s path.</extracomment>
        <translation>Квитанция сохранена в %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt could not be written to %1; check that the folder exists and you may write there.</source>
        <translation>Не удалось записать квитанцию в %1; проверьте, что папка существует и у вас есть право записи.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the receipt</source>
        <translation>Печать квитанции</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel this order?</source>
        <translation>Отменить этот заказ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will be asked to cancel order %2 (%3). A cancelled order cannot be paid any more, and this cannot be undone.</source>
        <extracomment>%1 is the provider, %2 the order&apos;s id, %3 its amount.</extracomment>
        <translation>%1 получит запрос на отмену заказа %2 (%3). Отменённый заказ больше нельзя оплатить, и это действие необратимо.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>Отменить заказ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history</source>
        <translation>История статусов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s answer</source>
        <translation>Ответ провайдера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ask the provider about this transaction again</source>
        <translation>Снова запросить у провайдера эту операцию</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Copy id</source>
        <translation>Копировать ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open payment link</source>
        <translation>Открыть ссылку на оплату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation>Отменить заказ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the provider to cancel this order; you confirm first</source>
        <translation>Попросить провайдера отменить заказ; сначала вы подтверждаете</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a transaction to see its details.</source>
        <translation>Выберите операцию, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider cannot be asked about this; only its callbacks update it</source>
        <translation>Провайдера нельзя спросить об этой операции; её обновляют только его уведомления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <extracomment>%1 is the provider&apos;s name, %2 its id for the transaction.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 (provider: %3; from %4)</source>
        <extracomment>%1 is a time, %2 the status change, %3 the provider&apos;s word, %4 where it came from (sync, callback, ...).</extracomment>
        <translation>%1 — %2 (провайдер: %3; источник: %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s answer was not kept for this transaction.</source>
        <translation>Ответ провайдера для этой операции не сохранён.</translation>
    </message>
</context>
<context>
    <name>sarraf::TransactionTableModel</name>
    <message>
        <location filename="../models/table/TransactionTableModel.cpp" line="+320"/>
        <source>The provider says: %1</source>
        <extracomment>%1 is the provider&apos;s own status word, shown as it came.</extracomment>
        <translation>Статус у провайдера: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Provider</source>
        <translation>Провайдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
</context>
<context>
    <name>sarraf::TransactionsPage</name>
    <message>
        <location filename="../ui/TransactionsPage.cpp" line="+293"/>
        <source>All providers</source>
        <translation>Все провайдеры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All currencies</source>
        <translation>Все валюты</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From any date</source>
        <translation>С любой даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To any date</source>
        <translation>По любую дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created on or after this day</source>
        <translation>Создано в этот день или позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this day</source>
        <translation>Создано в этот день или раньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search id, phone, email, address, description, tracking code</source>
        <translation>Поиск по ID, телефону, e-mail, адресу, описанию, коду отслеживания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min amount</source>
        <translation>Мин. сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows the filters select, in this order, as a CSV file</source>
        <translation>Сохранить отобранные фильтрами строки в этом порядке в файл CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max amount</source>
        <translation>Макс. сумма</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Matching: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total: %1</source>
        <translation>Всего: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting transactions…</source>
        <translation>Экспорт транзакций…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An export is already running; wait for it to finish.</source>
        <translation>Экспорт уже выполняется; дождитесь его завершения.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exported %1 transactions to %2.</source>
        <translation>Экспортировано транзакций: %1, файл %2.</translation>
    </message>
</context>
<context>
    <name>sarraf::TrayNotifier</name>
    <message>
        <location filename="../ui/TrayNotifier.cpp" line="+46"/>
        <source>%1 %2: %3</source>
        <extracomment>A notification&apos;s title: %1 the provider, %2 the transaction&apos;s id, %3 its new status.</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <extracomment>A notification&apos;s text: %1 the amount, %2 the customer.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 transactions finished</source>
        <extracomment>A notification&apos;s title when several transactions finished in one sync; %1 how many.</extracomment>
        <translation>Завершено операций: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed: %1. Failed, cancelled or expired: %2.</source>
        <extracomment>%1 how many completed, %2 how many failed, were cancelled or expired.</extracomment>
        <translation>Выполнено: %1. Не прошли, отменены или истекли: %2.</translation>
    </message>
</context>
</TS>
