<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <location line="+11"/>
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
        <location filename="../models/store/Migrations.cpp" line="+193"/>
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
    <name>Profile</name>
    <message>
        <location filename="../models/Profile.cpp" line="+26"/>
        <source>&quot;%1&quot; cannot be a profile name. Use up to 64 Latin letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation>«%1» не может быть именем профиля. Используйте до 64 латинских букв, цифр и символов «-» и «_»; имя должно начинаться с буквы или цифры.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf cannot create the folder %1. Check that the data folder exists and that you may write to it.</source>
        <translation>Sarraf не может создать папку %1. Убедитесь, что папка данных существует и у вас есть права на запись в неё.</translation>
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
        <location filename="../models/store/TransactionStore.cpp" line="+101"/>
        <source>A transaction needs its provider and the provider&apos;s id to be stored.</source>
        <translation>Чтобы сохранить транзакцию, нужно указать провайдера и идентификатор транзакции у этого провайдера.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The amount &quot;%1&quot; of %2 %3 is not a number; it was not stored.</source>
        <translation>Сумма «%1» транзакции %2 %3 не является числом, поэтому транзакция не сохранена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database is busy; try again.</source>
        <translation>База данных занята. Повторите попытку.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+69"/>
        <source>Sarraf could not read the stored transaction.</source>
        <translation>Sarraf не удалось прочитать сохранённую транзакцию.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Sarraf could not store the transaction %1 of %2.</source>
        <translation>Sarraf не удалось сохранить транзакцию %1 провайдера %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not record the status change of %1.</source>
        <translation>Sarraf не удалось записать изменение статуса транзакции %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sarraf could not save the transaction.</source>
        <translation>Sarraf не удалось сохранить транзакцию.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sarraf could not list the stored transactions.</source>
        <translation>Sarraf не удалось получить список сохранённых транзакций.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not read the status history.</source>
        <translation>Sarraf не удалось прочитать историю статусов.</translation>
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
    <name>sarraf::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+36"/>
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
        <location line="+141"/>
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
        <location line="+8"/>
        <source>Not synced yet</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox profile: nothing here reaches a real provider</source>
        <translation>Профиль песочницы: запросы не доходят до реальных провайдеров</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>Профиль: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The log folder is %1</source>
        <translation>Папка журналов: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No provider is enabled in this profile yet, so there is nothing to sync.</source>
        <translation>В этом профиле ещё не включён ни один провайдер, поэтому синхронизировать нечего.</translation>
    </message>
</context>
<context>
    <name>sarraf::SandboxServer</name>
    <message>
        <location filename="../providers/sandbox/SandboxServer.cpp" line="+28"/>
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
</TS>
