<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../providers/http/ApiError.cpp" line="+175"/>
        <source>%1 is receiving too many requests from Sarraf; try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 درخواست‌های زیادی از صراف دریافت می‌کند؛ %n دقیقه‌ی دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is receiving too many requests from Sarraf; try again in %n second(s).</source>
        <translation>
            <numerusform>%1 درخواست‌های زیادی از صراف دریافت می‌کند؛ %n ثانیه‌ی دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is receiving too many requests from Sarraf; try again in a minute.</source>
        <translation>%1 درخواست‌های زیادی از صراف دریافت می‌کند؛ یک دقیقه‌ی دیگر دوباره تلاش کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Sarraf paused requests to %1 because it failed several times in a row; nothing was sent, try again in %n second(s).</source>
        <translation>
            <numerusform>صراف ارسال درخواست به %1 را متوقف کرد، چون چند بار پشت سر هم ناموفق بود؛ چیزی ارسال نشد. %n ثانیه‌ی دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 sent an answer Sarraf cannot read; nothing was changed.</source>
        <translation>%1 پاسخی فرستاد که صراف نمی‌تواند آن را بخواند؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent an answer Sarraf cannot read, so the result of the request is unknown; check it with %1 before trying again.</source>
        <translation>%1 پاسخی فرستاد که صراف نمی‌تواند آن را بخواند، بنابراین نتیجه‌ی درخواست نامشخص است؛ پیش از تلاش دوباره، آن را نزد %1 بررسی کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 did not answer within %n second(s); nothing was changed.</source>
        <translation>
            <numerusform>%1 در %n ثانیه پاسخ نداد؛ چیزی تغییر نکرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 did not answer within %n second(s), so it is unknown whether the request was carried out; check it with %1 before trying again.</source>
        <translation>
            <numerusform>%1 در %n ثانیه پاسخ نداد، بنابراین مشخص نیست درخواست انجام شده است یا نه؛ پیش از تلاش دوباره، آن را نزد %1 بررسی کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secure connection to %1 failed because its certificate was not accepted; nothing was sent.</source>
        <translation>اتصال امن به %1 برقرار نشد، چون گواهی آن پذیرفته نشد؛ چیزی ارسال نشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf could not connect to %1; nothing was sent. Check this computer&apos;s internet connection and the provider&apos;s address in Settings.</source>
        <translation>صراف نتوانست به %1 متصل شود؛ چیزی ارسال نشد. اتصال اینترنت این رایانه و نشانی ارائه‌دهنده در تنظیمات را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was lost before it answered; nothing was changed.</source>
        <translation>اتصال به %1 پیش از دریافت پاسخ قطع شد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to %1 was lost before it answered, so it is unknown whether the request was carried out; check it with %1 before trying again.</source>
        <translation>اتصال به %1 پیش از دریافت پاسخ قطع شد، بنابراین مشخص نیست درخواست انجام شده است یا نه؛ پیش از تلاش دوباره، آن را نزد %1 بررسی کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the credentials Sarraf sent; check the keys saved for this provider.</source>
        <translation>%1 اطلاعات ورودی را که صراف فرستاد نپذیرفت؛ کلیدهای ذخیره‌شده برای این ارائه‌دهنده را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is having a problem on its side; nothing was changed, try again later.</source>
        <translation>%1 در سمت خود دچار مشکل است؛ چیزی تغییر نکرد. بعداً دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reported a problem on its side, so it is not certain whether the request was carried out; check it with %1 before trying again.</source>
        <translation>%1 از بروز مشکل در سمت خود خبر داد، بنابراین معلوم نیست درخواست انجام شده است یا نه؛ پیش از تلاش دوباره، آن را نزد %1 بررسی کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the request as invalid (HTTP status %2).</source>
        <translation>%1 درخواست را نامعتبر دانست و رد کرد (وضعیت HTTP %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the request as invalid.</source>
        <translation>%1 درخواست را نامعتبر دانست و رد کرد.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../models/payouts/AuditLog.cpp" line="+54"/>
        <location line="+39"/>
        <location line="+23"/>
        <source>Sarraf could not read the audit log.</source>
        <translation>صراف نتوانست گزارش حسابرسی را بخواند.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Sarraf could not write to the audit log.</source>
        <translation>صراف نتوانست در گزارش حسابرسی بنویسد.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Audit rows %1 to %2 are missing: they were deleted.</source>
        <translation>ردیف‌های %1 تا %2 گزارش حسابرسی نیستند: پاک شده‌اند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit row %1 does not follow row %2: row %2 was changed or replaced.</source>
        <translation>ردیف %1 گزارش حسابرسی به دنبال ردیف %2 نمی‌آید: ردیف %2 تغییر کرده یا جایگزین شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit row %1 was changed after it was written.</source>
        <translation>ردیف %1 گزارش حسابرسی پس از نوشته شدن تغییر کرده است.</translation>
    </message>
</context>
<context>
    <name>BankNumbers</name>
    <message>
        <location filename="../models/domain/BankNumbers.cpp" line="+81"/>
        <source>Enter the IBAN (Sheba): IR and 24 digits.</source>
        <translation>شمارهٔ شبا را وارد کنید: IR و ۲۴ رقم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Iranian IBAN (Sheba) starts with IR; this one starts with &quot;%1&quot;.</source>
        <translation>شمارهٔ شبای ایرانی با IR آغاز می‌شود؛ این یکی با «%1» آغاز می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After IR, an IBAN (Sheba) has only digits.</source>
        <translation>پس از IR، شمارهٔ شبا فقط رقم دارد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IBAN (Sheba) has 24 digits after IR; this one has %L1.</source>
        <extracomment>%1 how many digits were typed after IR</extracomment>
        <translation>شمارهٔ شبا پس از IR ۲۴ رقم دارد؛ این یکی %L1 رقم دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This IBAN (Sheba) does not add up: a digit is wrong or two are swapped. Check it against the account holder&apos;s card or statement.</source>
        <translation>این شمارهٔ شبا درست درنمی‌آید: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند. آن را با کارت یا صورت‌حساب صاحب حساب مقایسه کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the card number: 16 digits.</source>
        <translation>شمارهٔ کارت را وارد کنید: ۱۶ رقم.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card number has only digits.</source>
        <translation>شمارهٔ کارت فقط رقم دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A card number has 16 digits; this one has %L1.</source>
        <translation>شمارهٔ کارت ۱۶ رقم دارد؛ این یکی %L1 رقم دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card number does not add up: a digit is wrong or two are swapped.</source>
        <translation>این شمارهٔ کارت درست درنمی‌آید: یک رقم اشتباه است یا دو رقم جابه‌جا شده‌اند.</translation>
    </message>
</context>
<context>
    <name>CreateRules</name>
    <message>
        <location filename="../providers/CreateRequest.cpp" line="+57"/>
        <source>Sarraf cannot create transactions at %1.</source>
        <translation>صراف نمی‌تواند در %1 تراکنش بسازد.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <location filename="../models/domain/Currency.cpp" line="+22"/>
        <source>Iranian Rial</source>
        <translation>ریال ایران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Iranian Toman</source>
        <translation>تومان ایران</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Dollar</source>
        <translation>دلار آمریکا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro</source>
        <translation>یورو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>British Pound</source>
        <translation>پوند انگلیس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UAE Dirham</source>
        <translation>درهم امارات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkish Lira</source>
        <translation>لیر ترکیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian Ruble</source>
        <translation>روبل روسیه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tether USD</source>
        <translation>تتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD Coin</source>
        <translation>یو‌اس‌دی کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TRON</source>
        <translation>ترون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XRP</source>
        <translation>ریپل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitcoin</source>
        <translation>بیت‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bitcoin Cash</source>
        <translation>بیت‌کوین کش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Litecoin</source>
        <translation>لایت‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dogecoin</source>
        <translation>دوج‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toncoin</source>
        <translation>تون‌کوین</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solana</source>
        <translation>سولانا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ether</source>
        <translation>اتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BNB</source>
        <translation>بی‌ان‌بی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon Ecosystem Token</source>
        <translation>توکن اکوسیستم پالیگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dai</source>
        <translation>دای</translation>
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
        <translation>پرونده‌ی %1 پایگاه داده‌ای نیست که صراف بتواند آن را بخواند، یا آسیب دیده است. صراف آن را تغییر نداده است. آن را از نسخه‌ی پشتیبان بازیابی کنید یا پوشه‌ی داده‌های دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The database %1 was written by a newer version of Sarraf (schema %2; this version knows up to %3). Sarraf has not changed it: update Sarraf to open it.</source>
        <translation>پایگاه داده‌ی %1 با نسخه‌ی جدیدتری از صراف نوشته شده است (نسخه‌ی ساختار %2؛ این نسخه فقط تا %3 را می‌شناسد). صراف آن را تغییر نداده است؛ برای باز کردن آن، صراف را به‌روزرسانی کنید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sarraf cannot read %1. Check that it is a file and that you may read it.</source>
        <translation>صراف نمی‌تواند %1 را بخواند. بررسی کنید که این مسیر یک پرونده باشد و اجازه‌ی خواندن آن را داشته باشید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sarraf cannot create the folder %1 for its database.</source>
        <translation>صراف نمی‌تواند پوشه‌ی %1 را برای پایگاه داده‌اش بسازد.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sarraf cannot open its database %1.</source>
        <translation>صراف نمی‌تواند پایگاه داده‌ی خود، %1، را باز کند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf cannot prepare its database %1.</source>
        <translation>صراف نمی‌تواند پایگاه داده‌ی خود، %1، را آماده کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf cannot use its database %1 safely: the folder must allow shared memory files (WAL mode).</source>
        <translation>صراف نمی‌تواند به‌طور ایمن از پایگاه داده‌ی خود، %1، استفاده کند: پوشه‌ی آن باید اجازه‌ی ساخت پرونده‌های حافظه‌ی مشترک را بدهد (حالت WAL).</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <location filename="../models/domain/Decimal.cpp" line="+114"/>
        <source>The amount is empty.</source>
        <translation>مبلغ خالی است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; has spaces around it.</source>
        <translation>در ابتدا یا انتهای مبلغ «%1» فاصله وجود دارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; contains a comma; a comma is not a decimal separator in provider amounts, only a point is.</source>
        <translation>مبلغ «%1» ویرگول دارد؛ در مبلغ‌های ارائه‌دهنده، ویرگول جداکننده‌ی اعشار نیست و فقط نقطه این نقش را دارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; uses non-ASCII digits; provider amounts must use the digits 0 to 9.</source>
        <translation>مبلغ «%1» رقم‌هایی غیر از رقم‌های انگلیسی دارد؛ مبلغ‌های ارائه‌دهنده باید فقط با رقم‌های 0 تا 9 نوشته شوند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount &quot;%1&quot; is not a number.</source>
        <translation>مبلغ «%1» عدد نیست.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount &quot;%1&quot; uses exponent notation, which provider amounts may not use.</source>
        <translation>مبلغ «%1» با نماد علمی (توان) نوشته شده است که در مبلغ‌های ارائه‌دهنده مجاز نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount &quot;%1&quot; is not a valid number; expected digits with an optional point and fraction, such as 1234.56.</source>
        <translation>مبلغ «%1» عدد معتبری نیست؛ باید از رقم‌ها و در صورت نیاز یک نقطه و بخش اعشاری تشکیل شده باشد، مانند 1234.56.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount &quot;%1&quot; is out of range: at most %2 digits before and %3 digits after the point are supported.</source>
        <translation>مبلغ «%1» خارج از محدوده است: حداکثر %2 رقم پیش از نقطه و %3 رقم پس از آن پشتیبانی می‌شود.</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>An amount cannot be divided by zero.</source>
        <translation>مبلغ را نمی‌توان بر صفر تقسیم کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A division was asked for a negative number of digits.</source>
        <translation>برای یک تقسیم، تعداد منفی رقم اعشار درخواست شده است.</translation>
    </message>
</context>
<context>
    <name>ExactJson</name>
    <message>
        <location filename="../models/domain/ExactJson.cpp" line="+15"/>
        <source>The provider&apos;s answer is not valid JSON.</source>
        <translation>پاسخ ارائه‌دهنده JSON معتبری نیست.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>An amount was read as a binary floating-point number, so its exact digits are lost.</source>
        <translation>یک مبلغ به‌صورت عدد ممیز شناور دودویی خوانده شد، بنابراین رقم‌های دقیق آن از دست رفته است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provider&apos;s answer has no amount where one was expected.</source>
        <translation>در پاسخ ارائه‌دهنده، جایی که مبلغ انتظار می‌رفت، مبلغی وجود ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider&apos;s answer has something other than an amount where an amount was expected.</source>
        <translation>در پاسخ ارائه‌دهنده، جایی که مبلغ انتظار می‌رفت، چیزی غیر از مبلغ آمده است.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The provider&apos;s answer has something other than a whole number where one was expected.</source>
        <translation>در پاسخ ارائه‌دهنده، جایی که عدد صحیح انتظار می‌رفت، چیزی غیر از عدد صحیح آمده است.</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <location filename="../models/logging/LogFile.cpp" line="+88"/>
        <source>Sarraf cannot create its log folder %1.</source>
        <translation>صراف نمی‌تواند پوشه‌ی گزارش‌های خود، %1، را بسازد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sarraf cannot write its log file %1.</source>
        <translation>صراف نمی‌تواند در پرونده‌ی گزارش خود، %1، بنویسد.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+271"/>
        <source>%1 is a database, but not one Sarraf wrote. Sarraf has not changed it; choose another data folder.</source>
        <translation>%1 یک پایگاه داده است، اما صراف آن را ننوشته است. صراف آن را تغییر نداده است؛ پوشه‌ی داده‌های دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sarraf cannot read the version of the database %1.</source>
        <translation>صراف نمی‌تواند نسخه‌ی پایگاه داده‌ی %1 را بخواند.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <source>Sarraf could not prepare the database.</source>
        <translation>صراف نتوانست پایگاه داده را آماده کند.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sarraf could not upgrade the database to version %1; it is left as it was at version %2.</source>
        <translation>صراف نتوانست پایگاه داده را به نسخه‌ی %1 ارتقا دهد؛ پایگاه داده بدون تغییر در نسخه‌ی %2 باقی مانده است.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../models/domain/Money.cpp" line="+129"/>
        <location line="+75"/>
        <source>&quot;%1&quot; is not a currency code.</source>
        <translation>«%1» کد ارز نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="-70"/>
        <source>The amount %1 is too precise for %2, which has %n fraction digit(s).</source>
        <translation>
            <numerusform>مبلغ %1 برای %2 بیش از حد دقیق است؛ این ارز %n رقم اعشار دارد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Amounts in %1 and %2 cannot be combined or compared without a conversion.</source>
        <translation>مبلغ‌های %1 و %2 را بدون تبدیل نمی‌توان با هم جمع یا مقایسه کرد.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An exchange rate must be greater than zero.</source>
        <translation>نرخ تبدیل باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number of fraction digits of %1 is not known, so an amount cannot be converted to it.</source>
        <translation>تعداد رقم‌های اعشار %1 مشخص نیست، بنابراین نمی‌توان مبلغی را به آن تبدیل کرد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only Toman amounts convert to Rial; this amount is in %1.</source>
        <translation>فقط مبلغ‌های تومانی به ریال تبدیل می‌شوند؛ این مبلغ به %1 است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only Rial amounts convert to Toman; this amount is in %1.</source>
        <translation>فقط مبلغ‌های ریالی به تومان تبدیل می‌شوند؛ این مبلغ به %1 است.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toman</source>
        <extracomment>The unit after an amount in Toman, as in &quot;1,500 Toman&quot;.</extracomment>
        <translation>تومان</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rial</source>
        <extracomment>The unit after an amount in Rial, as in &quot;15,000 Rial&quot;.</extracomment>
        <translation>ریال</translation>
    </message>
</context>
<context>
    <name>PayoutStates</name>
    <message>
        <location filename="../models/domain/Payout.cpp" line="+34"/>
        <source>Requested</source>
        <extracomment>Payout state: waiting for approval</extracomment>
        <translation>درخواست‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <extracomment>Payout state: approved by one person</extracomment>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved twice</source>
        <extracomment>Payout state: approved by a second person, as its amount requires</extracomment>
        <translation>دو بار تأییدشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending</source>
        <extracomment>Payout state: being sent to the provider</extracomment>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <extracomment>Payout state: the provider accepted it</extracomment>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Payout state: the money arrived</extracomment>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>Payout state: the provider refused it or it failed; no money left</extracomment>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <extracomment>Payout state: refused by a person before it was sent</extracomment>
        <translation>ردشده</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs reconciliation</source>
        <extracomment>Payout state: Sarraf cannot know whether the provider acted; a person must check</extracomment>
        <translation>نیازمند تطبیق</translation>
    </message>
</context>
<context>
    <name>PayoutStore</name>
    <message>
        <location filename="../models/payouts/PayoutStore.cpp" line="+45"/>
        <source>Sarraf could not start writing the payout.</source>
        <translation>صراف نتوانست نوشتن پرداخت را آغاز کند.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+425"/>
        <source>Sarraf could not save the payout.</source>
        <translation>صراف نتوانست پرداخت را ذخیره کند.</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>Set your operator name in the profile first: every payout records who asked for it.</source>
        <translation>نخست نام اپراتور خود را در نمایه تنظیم کنید: هر پرداخت ثبت می‌کند چه کسی آن را خواسته است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payout&apos;s amount must be greater than zero.</source>
        <translation>مبلغ پرداخت باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say where the payout goes: the provider and the destination.</source>
        <translation>بگویید پرداخت به کجا می‌رود: ارائه‌دهنده و مقصد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fee must be in the payout&apos;s currency, %1.</source>
        <translation>کارمزد باید به ارز پرداخت، %1، باشد.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sarraf could not save the payout request.</source>
        <translation>صراف نتوانست درخواست پرداخت را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <extracomment>Audit detail of a payout request. %1 amount with currency, %2 destination</extracomment>
        <translation>%1 به %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set your operator name in the profile first: every check records who asked for it.</source>
        <translation>نخست نام اپراتور خود را در پروفایل تنظیم کنید: هر بررسی ثبت می‌کند چه کسی آن را خواسته است.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Payout %1 is %2: its destination can only be checked before it is approved.</source>
        <extracomment>%1 payout number, %2 its state</extracomment>
        <translation>پرداخت %1 در وضعیت «%2» است: مقصد آن فقط پیش از تأیید بررسی می‌شود.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provider&apos;s estimate is in %1, not in the payout&apos;s currency, %2.</source>
        <translation>برآورد ارائه‌دهنده به %1 است، نه به ارز پرداخت، %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sarraf could not save the provider&apos;s check of the payout.</source>
        <translation>صراف نتوانست نتیجهٔ بررسی ارائه‌دهنده را برای این پرداخت ذخیره کند.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Set your operator name in the profile first: every approval records who gave it.</source>
        <translation>نخست نام اپراتور خود را در نمایه تنظیم کنید: هر تأیید ثبت می‌کند چه کسی آن را داده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You requested this payout, so you cannot approve it. Another person must.</source>
        <translation>شما این پرداخت را درخواست کرده‌اید، پس نمی‌توانید آن را تأیید کنید. شخص دیگری باید تأیید کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the destination with %1 first: nobody may approve a payout the provider has not checked.</source>
        <translation>نخست مقصد را با %1 بررسی کنید: هیچ‌کس نمی‌تواند پرداختی را تأیید کند که ارائه‌دهنده بررسی نکرده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 did not accept this destination: %2 Reject the payout, or check it again.</source>
        <translation>%1 این مقصد را نپذیرفت: %2 پرداخت را رد کنید یا دوباره بررسی کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already approved this payout. The second approval must come from another person.</source>
        <translation>شما این پرداخت را پیش‌تر تأیید کرده‌اید. تأیید دوم باید از شخص دیگری باشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This payout is approved already and needs no second approval.</source>
        <translation>این پرداخت پیش‌تر تأیید شده و به تأیید دوم نیاز ندارد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Approving this payout would take today&apos;s approved total of %1 to %2, over the daily limit of %3.</source>
        <translation>تأیید این پرداخت جمع تأییدشدهٔ امروز به %1 را به %2 می‌رساند که از سقف روزانهٔ %3 بیشتر است.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sarraf could not record the approval.</source>
        <translation>صراف نتوانست تأیید را ثبت کند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the payout is rejected; the requester will read it.</source>
        <translation>بگویید چرا پرداخت رد می‌شود؛ درخواست‌کننده آن را می‌خواند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This payout needs a second approval from another person before it is sent.</source>
        <translation>این پرداخت پیش از ارسال به تأیید دوم از شخص دیگری نیاز دارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The provider has not found this payout&apos;s destination valid, so it is not sent. Reject it and request it again.</source>
        <translation>ارائه‌دهنده مقصد این پرداخت را معتبر ندانسته است، پس فرستاده نمی‌شود. آن را رد کنید و دوباره درخواست دهید.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payout %1 needs reconciliation: settle it with what you checked.</source>
        <translation>پرداخت %1 نیازمند تطبیق است: آن را با آنچه بررسی کرده‌اید تعیین تکلیف کنید.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only a payout that needs reconciliation can be reconciled.</source>
        <translation>تنها پرداختی که نیازمند تطبیق است را می‌توان تطبیق داد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already the reference of payout %2: one provider payout cannot settle two of Sarraf&apos;s.</source>
        <extracomment>%1 the provider&apos;s reference, %2 another payout&apos;s number</extracomment>
        <translation>%1 پیش‌تر شناسهٔ پرداخت %2 است: یک پرداختِ ارائه‌دهنده نمی‌تواند دو پرداختِ صراف را تطبیق دهد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the provider&apos;s reference for a payout it is still paying: without it Sarraf cannot follow it up.</source>
        <translation>برای پرداختی که ارائه‌دهنده هنوز انجام می‌دهد شناسهٔ آن را بدهید: بدون آن صراف نمی‌تواند پیگیری کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write what you checked (the provider&apos;s list, its balance, a message from them) before settling this payout.</source>
        <translation>پیش از تعیین تکلیف این پرداخت بنویسید چه چیزی را بررسی کرده‌اید (فهرست ارائه‌دهنده، موجودی آن، پیامی از آن‌ها).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sarraf stopped while this payout was being sent; the provider may have received it.</source>
        <translation>صراف هنگام ارسال این پرداخت متوقف شد؛ ممکن است ارائه‌دهنده آن را دریافت کرده باشد.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Payout %1 is %2; it cannot become %3.</source>
        <extracomment>%1 payout number, %2 its state, %3 the state asked for</extracomment>
        <translation>پرداخت %1 در وضعیت «%2» است؛ نمی‌تواند «%3» شود.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Payout %1 has a state Sarraf does not know: %2.</source>
        <translation>پرداخت %1 وضعیتی دارد که صراف نمی‌شناسد: %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+156"/>
        <source>Sarraf could not read the payout&apos;s approvals.</source>
        <translation>صراف نتوانست تأییدهای پرداخت را بخواند.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>There is no payout %1.</source>
        <translation>پرداخت %1 وجود ندارد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf could not read the payout limits.</source>
        <translation>صراف نتوانست سقف‌های پرداخت را بخواند.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set your operator name in the profile first: every change of a limit records who made it.</source>
        <translation>نخست نام اپراتور خود را در نمایه تنظیم کنید: هر تغییر سقف ثبت می‌کند چه کسی آن را انجام داده است.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the currency whose limits change.</source>
        <translation>ارزی را که سقف‌هایش تغییر می‌کند نام ببرید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the new single-approval limit, the new daily limit or both.</source>
        <translation>سقف جدید تأیید یک‌نفره، سقف جدید روزانه یا هر دو را بدهید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A limit cannot be negative.</source>
        <translation>سقف نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sarraf could not save the payout limits.</source>
        <translation>صراف نتوانست سقف‌های پرداخت را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+19"/>
        <source>Sarraf could not read the payout.</source>
        <translation>صراف نتوانست پرداخت را بخواند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not read the payouts.</source>
        <translation>صراف نتوانست پرداخت‌ها را بخواند.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sarraf could not add up today&apos;s approved payouts.</source>
        <translation>صراف نتوانست جمع پرداخت‌های تأییدشدهٔ امروز را حساب کند.</translation>
    </message>
</context>
<context>
    <name>PriceStore</name>
    <message>
        <location filename="../models/store/PriceStore.cpp" line="+49"/>
        <source>Sarraf could not store the prices of %1.</source>
        <translation>صراف نتوانست قیمت‌های %1 را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf could not store the prices.</source>
        <translation>صراف نتوانست قیمت‌ها را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>Sarraf could not read the stored prices.</source>
        <translation>صراف نتوانست قیمت‌های ذخیره‌شده را بخواند.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sarraf could not remove old prices.</source>
        <translation>صراف نتوانست قیمت‌های قدیمی را پاک کند.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../models/Profile.cpp" line="+29"/>
        <source>&quot;%1&quot; cannot be a profile name. Use up to 64 Latin letters, digits, &quot;-&quot; and &quot;_&quot;, starting with a letter or digit.</source>
        <translation>«%1» نمی‌تواند نام نمایه باشد. حداکثر ۶۴ نویسه از حروف لاتین، رقم‌ها، «-» و «_» به کار ببرید که با یک حرف یا رقم شروع شود.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf cannot create the folder %1. Check that the data folder exists and that you may write to it.</source>
        <translation>صراف نمی‌تواند پوشه‌ی %1 را بسازد. بررسی کنید که پوشه‌ی داده‌ها وجود داشته باشد و اجازه‌ی نوشتن در آن را داشته باشید.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sarraf could not save the operator name in %1.</source>
        <translation>صراف نتوانست نام اپراتور را در %1 ذخیره کند.</translation>
    </message>
</context>
<context>
    <name>ProviderCatalog</name>
    <message>
        <location filename="../providers/ProviderCatalog.cpp" line="+13"/>
        <source>Base address</source>
        <translation>نشانی پایه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toman invoices and payment links</source>
        <translation>فاکتورها و پیوندهای پرداخت تومانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store API key</source>
        <translation>کلید API فروشگاه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID</source>
        <translation>شناسه‌ی فروشگاه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Crypto payments and withdrawals</source>
        <translation>پرداخت‌ها و برداشت‌های رمزارزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Client ID</source>
        <translation>شناسه‌ی کلاینت</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+30"/>
        <source>Client secret</source>
        <translation>رمز کلاینت</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Webhook secret</source>
        <translation>رمز وب‌هوک</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange orders and partner payouts on an exchanger&apos;s site</source>
        <translation>سفارش‌های تبادل و تسویه‌های همکاران در وب‌سایت صرافی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API login</source>
        <translation>نام کاربری API</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+5"/>
        <source>API key</source>
        <translation>کلید API</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Answer language</source>
        <translation>زبان پاسخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange orders</source>
        <translation>سفارش‌های تبادل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret</source>
        <translation>رمز API</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TRX, USDT and BNB wallets and transfers</source>
        <translation>کیف پول‌ها و انتقال‌های TRX، USDT و BNB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending wallet&apos;s private key</source>
        <translation>کلید خصوصی کیف پول فرستنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending wallet address</source>
        <translation>نشانی کیف پول فرستنده</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toman card payments and IBAN settlements</source>
        <translation>پرداخت‌های کارتی تومانی و تسویه‌های شبا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway ID</source>
        <translation>شناسه‌ی درگاه</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>کلید امضا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet password</source>
        <translation>رمز عبور کیف پول</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wallet API key</source>
        <translation>کلید API کیف پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet refresh token</source>
        <translation>توکن تازه‌سازی کیف پول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wallet ID</source>
        <translation>شناسه‌ی کیف پول</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IBAN and card holder checks before payouts</source>
        <translation>استعلام شبا و دارنده‌ی کارت پیش از تسویه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP proxy</source>
        <translation>پراکسی HTTP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gaming vouchers</source>
        <translation>ووچرهای بازی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret key</source>
        <translation>کلید محرمانه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rial vouchers</source>
        <translation>ووچرهای ریالی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security key</source>
        <translation>کلید امنیتی</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UUSD and Crypton vouchers through your Utopia client</source>
        <translation>ووچرهای UUSD و کریپتون از طریق برنامه‌ی UTOPIA شما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>توکن API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card ID</source>
        <translation>شناسه‌ی کارت</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Crypto prices</source>
        <translation>قیمت رمزارزها</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Toman prices of crypto currencies</source>
        <translation>قیمت تومانی رمزارزها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request timeout in seconds</source>
        <translation>مهلت هر درخواست (ثانیه)</translation>
    </message>
</context>
<context>
    <name>ProviderConfigErrors</name>
    <message>
        <location filename="../providers/ProviderRuntime.cpp" line="+34"/>
        <source>Sarraf cannot talk to %1 in this version yet; it can sync Gitmix, Cryptofuse, Premium Exchanger and GREENGO.</source>
        <translation>صراف در این نسخه هنوز نمی‌تواند با %1 کار کند؛ فعلاً Gitmix، Cryptofuse، Premium Exchanger و GREENGO را همگام می‌کند.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not set up: its %2 setting is empty. Set it in Settings, or run: sarrafctl providers set %3 --set %2=VALUE</source>
        <extracomment>%1 is a provider&apos;s name, %2 a setting such as base-url, %3 the provider&apos;s short name.</extracomment>
        <translation>%1 هنوز تنظیم نشده است: تنظیم %2 آن خالی است. آن را در تنظیمات وارد کنید یا این فرمان را اجرا کنید: sarrafctl providers set %3 --set %2=VALUE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be reached without its %2, which is not in the system keychain for this profile. Enter it in Settings, or run: sarrafctl secrets set %3 %2</source>
        <extracomment>%1 is a provider&apos;s name, %2 a credential field such as api-key, %3 the provider&apos;s short name.</extracomment>
        <translation>بدون %2، ارتباط با %1 ممکن نیست و این مقدار در جاکلیدی سیستم برای این نمایه ذخیره نشده است. آن را در تنظیمات وارد کنید یا این فرمان را اجرا کنید: sarrafctl secrets set %3 %2</translation>
    </message>
</context>
<context>
    <name>ProviderSettings</name>
    <message>
        <location filename="../providers/ProviderSettings.cpp" line="+21"/>
        <source>There is no provider called &quot;%1&quot;. Known providers: %2.</source>
        <translation>ارائه‌دهنده‌ای با نام «%1» وجود ندارد. ارائه‌دهنده‌های شناخته‌شده: %2.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is a secret and is kept only in the system keychain; set it with &quot;sarrafctl secrets set %2 %1&quot; or in Settings.</source>
        <translation>«%1» یک مقدار محرمانه است و فقط در جاکلیدی سیستم نگهداری می‌شود؛ آن را با فرمان «sarrafctl secrets set %2 %1» یا در تنظیمات وارد کنید.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no setting called &quot;%2&quot;. Its settings are: %3.</source>
        <translation>%1 تنظیمی با نام «%2» ندارد. تنظیمات آن عبارت‌اند از: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The request timeout is a whole number of seconds from 1 to 600, not &quot;%1&quot;.</source>
        <translation>مهلت درخواست باید عددی صحیح از ۱ تا ۶۰۰ ثانیه باشد، نه «%1».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a web address. Write it in full, for example https://api.example.com.</source>
        <translation>«%1» نشانی وب نیست. آن را کامل بنویسید، برای مثال https://api.example.com.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The provider settings could not be saved to %1. Check that the folder exists and is writable.</source>
        <translation>تنظیمات ارائه‌دهنده در %1 ذخیره نشد. بررسی کنید که پوشه وجود داشته باشد و اجازه‌ی نوشتن در آن را داشته باشید.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../ui/Languages.cpp" line="+28"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Write RTL for a right-to-left language (Persian), LTR otherwise. Not shown to users.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>SandboxStartup</name>
    <message>
        <location filename="../app/sarraf_main.cpp" line="+208"/>
        <source>Loading the sandbox&apos;s demo transactions…</source>
        <translation>در حال بارگذاری تراکنش‌های نمایشی محیط آزمایشی…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo transactions in the sandbox: %1</source>
        <translation>تراکنش‌های نمایشی در محیط آزمایشی: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some demo data could not be loaded: %1</source>
        <translation>بخشی از داده‌های نمایشی بارگذاری نشد: %1</translation>
    </message>
</context>
<context>
    <name>TransactionCsvExport</name>
    <message>
        <location filename="../models/table/TransactionCsvExport.cpp" line="+46"/>
        <source>Sarraf could not read the transactions to export.</source>
        <translation>صراف نتوانست تراکنش‌های خروجی را بخواند.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+39"/>
        <source>Sarraf cannot write %1: %2</source>
        <translation>صراف نمی‌تواند %1 را بنویسد: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی‌گیری لغو شد؛ هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>TransactionFields</name>
    <message>
        <location filename="../models/table/DisplayText.cpp" line="+51"/>
        <source>Invoice</source>
        <translation>صورتحساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange order</source>
        <translation>سفارش تبادل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawal</source>
        <translation>برداشت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <extracomment>%1 is Sarraf&apos;s status, %2 the provider&apos;s own word for it.</extracomment>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (the provider says: %2)</source>
        <translation>%1 (به گفته ارائه‌دهنده: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter amount</source>
        <translation>مبلغ مقابل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>رایانامه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking code</source>
        <translation>کد پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment link</source>
        <translation>پیوند پرداخت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
</context>
<context>
    <name>TransactionReceipt</name>
    <message>
        <location filename="../models/table/TransactionReceipt.cpp" line="+47"/>
        <source>Transaction receipt</source>
        <translation>رسید تراکنش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history</source>
        <translation>تاریخچه وضعیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made by Sarraf on %1 from the provider&apos;s last answer.</source>
        <extracomment>At the foot of a receipt; %1 is the date and time it was made.</extracomment>
        <translation>ساخته‌شده با صراف در %1 بر پایه آخرین پاسخ ارائه‌دهنده.</translation>
    </message>
</context>
<context>
    <name>TransactionStatuses</name>
    <message>
        <location filename="../models/domain/TransactionStatus.cpp" line="+34"/>
        <source>Pending</source>
        <extracomment>Normalised transaction status: waiting for the customer to pay or act</extracomment>
        <translation>در انتظار</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <extracomment>Normalised transaction status: paid or confirming, not final yet</extracomment>
        <translation>در حال پردازش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <extracomment>Normalised transaction status: finished successfully</extracomment>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <extracomment>Normalised transaction status: the customer paid less than asked</extracomment>
        <translation>پرداخت ناقص</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <extracomment>Normalised transaction status</extracomment>
        <translation>لغوشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <extracomment>Normalised transaction status: the time to pay ran out</extracomment>
        <translation>منقضی‌شده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <extracomment>Normalised transaction status</extracomment>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review</source>
        <extracomment>Normalised transaction status: a person must look at it</extracomment>
        <translation>نیازمند بررسی</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <extracomment>Normalised transaction status: the provider&apos;s status is not known to Sarraf</extracomment>
        <translation>نامشخص</translation>
    </message>
</context>
<context>
    <name>TransactionStore</name>
    <message>
        <location filename="../models/store/TransactionStore.cpp" line="+108"/>
        <location line="+121"/>
        <source>A transaction needs its provider and the provider&apos;s id to be stored.</source>
        <translation>برای ذخیره‌ی تراکنش، نام ارائه‌دهنده و شناسه‌ی تراکنش نزد آن ارائه‌دهنده لازم است.</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+124"/>
        <source>The amount &quot;%1&quot; of %2 %3 is not a number; it was not stored.</source>
        <translation>مبلغ «%1» مربوط به %2 %3 عدد نیست؛ ذخیره نشد.</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+82"/>
        <location line="+10"/>
        <location line="+264"/>
        <source>The database is busy; try again.</source>
        <translation>پایگاه داده مشغول است؛ دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location filename="../models/store/TransactionSql.cpp" line="+235"/>
        <location filename="../models/store/TransactionStore.cpp" line="-196"/>
        <location line="+39"/>
        <location line="+71"/>
        <source>Sarraf could not read the stored transaction.</source>
        <translation>صراف نتوانست تراکنش ذخیره‌شده را بخواند.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/store/TransactionStore.cpp" line="-244"/>
        <source>Sarraf could not save the transactions; the last %n read since the previous save were not kept. Import them again.</source>
        <translation>
            <numerusform>صراف نتوانست تراکنش‌ها را ذخیره کند؛ %n تراکنشی که از ذخیرهٔ قبلی خوانده شده بود نگه داشته نشد. آن‌ها را دوباره وارد کنید.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+213"/>
        <source>Sarraf could not store the transaction %1 of %2.</source>
        <translation>صراف نتوانست تراکنش %1 مربوط به %2 را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sarraf could not record the status change of %1.</source>
        <translation>صراف نتوانست تغییر وضعیت %1 را ثبت کند.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sarraf could not read which transactions to refresh.</source>
        <translation>صراف نتوانست تشخیص دهد کدام تراکنش‌ها باید تازه‌سازی شوند.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sarraf could not read the sync state of %1.</source>
        <translation>صراف نتوانست وضعیت همگام‌سازی %1 را بخواند.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sarraf could not record which transactions of %1 were checked.</source>
        <translation>صراف نتوانست ثبت کند کدام تراکنش‌های %1 بررسی شده‌اند.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>Sarraf could not record the sync of %1.</source>
        <translation>صراف نتوانست همگام‌سازی %1 را ثبت کند.</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+274"/>
        <source>Sarraf could not save the transaction.</source>
        <translation>صراف نتوانست تراکنش را ذخیره کند.</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>Sarraf could not save the transactions.</source>
        <translation>صراف نتوانست تراکنش‌ها را ذخیره کند.</translation>
    </message>
    <message>
        <location line="+280"/>
        <location filename="../models/table/TransactionPageReader.cpp" line="+52"/>
        <source>Sarraf could not list the stored transactions.</source>
        <translation>صراف نتوانست فهرست تراکنش‌های ذخیره‌شده را تهیه کند.</translation>
    </message>
    <message>
        <location filename="../models/store/TransactionSql.cpp" line="-23"/>
        <source>Sarraf could not read the status history.</source>
        <translation>صراف نتوانست تاریخچه‌ی وضعیت را بخواند.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>&quot;%1&quot; is not an amount; write it with digits and a decimal point, such as 1250.50.</source>
        <translation>«%1» مبلغ نیست؛ آن را با رقم و ممیز بنویسید، مانند 1250.50.</translation>
    </message>
    <message>
        <location filename="../models/table/TransactionPageReader.cpp" line="-12"/>
        <source>Sarraf could not read the database %1.</source>
        <translation>صراف نتوانست پایگاه داده %1 را بخواند.</translation>
    </message>
</context>
<context>
    <name>sarraf::AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.cpp" line="+19"/>
        <source>About Sarraf</source>
        <translation>درباره‌ی صراف</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf %1</source>
        <translation>صراف %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One window for every invoice, exchange order, withdrawal, payout and price across your payment and exchange providers.</source>
        <translation>یک پنجره برای همه‌ی فاکتورها، سفارش‌های تبادل، برداشت‌ها، تسویه‌ها و قیمت‌ها در همه‌ی ارائه‌دهنده‌های پرداخت و تبادل شما.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Qt version:</source>
        <translation>نسخه‌ی Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>پوشه‌ی داده‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>پوشه‌ی گزارش‌ها:</translation>
    </message>
</context>
<context>
    <name>sarraf::AuditPage</name>
    <message>
        <location filename="../ui/AuditPage.cpp" line="+33"/>
        <source>requested</source>
        <translation>درخواست شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked with the provider</source>
        <translation>نزد ارائه‌دهنده بررسی شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provider&apos;s answer</source>
        <translation>پاسخ ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconciled</source>
        <translation>تطبیق شد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits changed</source>
        <translation>تغییر سقف‌ها</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Verify again</source>
        <translation>بررسی دوباره</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operator</source>
        <translation>اپراتور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>کار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>تغییر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the audit log…</source>
        <translation>در حال خواندن گزارش حسابرسی…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The audit log is not available: no database.</source>
        <translation>گزارش حسابرسی در دسترس نیست: پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The audit log is intact: every one of its %Ln row(s) holds and follows the one before.</source>
        <translation>
            <numerusform>گزارش حسابرسی سالم است: هر %Ln ردیف آن درست است و به ردیف پیش از خود پیوسته است.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log is BROKEN at row %1: %2 Someone changed the database outside Sarraf; tell whoever is responsible for security.</source>
        <extracomment>%1 row number, %2 what is wrong there</extracomment>
        <translation>گزارش حسابرسی در ردیف %1 شکسته است: %2 کسی پایگاه داده را بیرون از صراف تغییر داده است؛ به مسئول امنیت خبر دهید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>payout %1</source>
        <translation>پرداخت %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>limits of %1</source>
        <translation>سقف‌های %1</translation>
    </message>
</context>
<context>
    <name>sarraf::CallbackServer</name>
    <message>
        <location filename="../providers/callbacks/CallbackServer.cpp" line="+19"/>
        <source>Sarraf could not listen for provider callbacks on %1 port %2; another program may be using it.</source>
        <translation>صراف نتوانست برای دریافت بازخوانی‌های ارائه‌دهندگان روی %1 درگاه %2 گوش دهد؛ شاید برنامهٔ دیگری از آن استفاده می‌کند.</translation>
    </message>
</context>
<context>
    <name>sarraf::CreateTransactionDialog</name>
    <message>
        <location filename="../ui/CreateTransactionDialog.cpp" line="+161"/>
        <source>Russian bank card, in roubles (RUB)</source>
        <translation>کارت بانکی روسیه، به روبل (RUB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh bank card, in tenge (KZT)</source>
        <translation>کارت بانکی قزاقستان، به تنگه (KZT)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No provider that can create transactions is enabled in this profile. Enable Gitmix, Cryptofuse or GREENGO in Settings.</source>
        <translation>هیچ ارائه‌دهنده‌ای که بتواند تراکنش بسازد در این نمایه فعال نیست. Gitmix، Cryptofuse یا GREENGO را در تنظیمات فعال کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount.</source>
        <translation>مبلغ را وارد کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an amount in %2: %3</source>
        <translation>«%1» مبلغی به %2 نیست: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Asking %1 to create it…</source>
        <translation>در حال درخواست ساخت از %1…</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>New invoice or order</source>
        <translation>فاکتور یا سفارش تازه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Provider:</source>
        <translation>&amp;ارائه‌دهنده:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;مبلغ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wallet to receive:</source>
        <translation>&amp;کیف پول دریافت:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer p&amp;hone:</source>
        <translation>&amp;تلفن مشتری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer &amp;email:</source>
        <translation>&amp;رایانامهٔ مشتری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;شرح:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;reference:</source>
        <translation>&amp;شمارهٔ مرجع شما:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Callback address:</source>
        <translation>نشانی &amp;بازخوانی:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Customer pays &amp;with:</source>
        <translation>&amp;روش پرداخت مشتری:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer pays &amp;in:</source>
        <translation>&amp;ارز پرداخت مشتری:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>After pa&amp;yment, go to:</source>
        <translation>پس از &amp;پرداخت، رفتن به:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a &amp;failed payment, go to:</source>
        <translation>پس از پرداخت &amp;ناموفق، رفتن به:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An exchange order: the customer pays by card and GREENGO sends the crypto to the wallet.</source>
        <translation>سفارش تبدیل: مشتری با کارت می‌پردازد و GREENGO رمزارز را به کیف پول می‌فرستد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A crypto payment: the customer pays the price in the chosen coin.</source>
        <translation>پرداخت رمزارزی: مشتری بها را با رمزارز انتخاب‌شده می‌پردازد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice with a payment link the customer pays in Toman or crypto.</source>
        <translation>فاکتوری با پیوند پرداخت که مشتری آن را به تومان یا رمزارز می‌پردازد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address GREENGO sends the crypto to</source>
        <translation>نشانی‌ای که GREENGO رمزارز را به آن می‌فرستد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; Gitmix asks the customer when empty</source>
        <translation>اختیاری؛ اگر خالی باشد Gitmix از مشتری می‌پرسد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; the customer sees it</source>
        <translation>اختیاری؛ مشتری آن را می‌بیند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; your order number, kept by Cryptofuse</source>
        <translation>اختیاری؛ شمارهٔ سفارش شما که Cryptofuse نگه می‌دارد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… where Gitmix reports payments</source>
        <translation>https://… جایی که Gitmix پرداخت‌ها را گزارش می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional; https://… where Cryptofuse reports payments</source>
        <translation>اختیاری؛ https://… جایی که Cryptofuse پرداخت‌ها را گزارش می‌کند</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example %1</source>
        <translation>برای نمونه %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;ساختن</translation>
    </message>
</context>
<context>
    <name>sarraf::CredentialStore</name>
    <message>
        <location filename="../providers/credentials/CredentialStore.cpp" line="+58"/>
        <source>No %1 is stored for %2 yet. Enter it in Settings → Providers.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>هنوز %1 برای %2 ذخیره نشده است. آن را در تنظیمات ← ارائه‌دهنده‌ها وارد کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system keychain refused access to the %1 of %2: the request was declined or the keyring is locked. Unlock the keyring (GNOME Keyring or KWallet), allow Sarraf when asked, and try again.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>جاکلیدی سیستم اجازه‌ی دسترسی به %1 مربوط به %2 را نداد: درخواست رد شد یا جاکلیدی قفل است. قفل جاکلیدی (GNOME Keyring یا KWallet) را باز کنید، هر وقت پرسیده شد به صراف اجازه دهید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain is available, so the %1 of %2 cannot be used. Sarraf never stores secrets in plain files; start the desktop keyring (GNOME Keyring or KWallet) and try again.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>جاکلیدی سیستم در دسترس نیست، بنابراین نمی‌توان از %1 مربوط به %2 استفاده کرد. صراف هرگز اطلاعات محرمانه را در پرونده‌های معمولی ذخیره نمی‌کند؛ جاکلیدی میز کار (GNOME Keyring یا KWallet) را راه‌اندازی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 of %2 could not be read from the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>خواندن %1 مربوط به %2 از جاکلیدی سیستم ممکن نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 of %2 could not be saved in the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>ذخیره‌ی %1 مربوط به %2 در جاکلیدی سیستم ممکن نشد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 of %2 could not be removed from the system keychain.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>حذف %1 مربوط به %2 از جاکلیدی سیستم ممکن نشد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A profile, provider or credential name is empty or contains “/”.</source>
        <translation>نام نمایه، ارائه‌دهنده یا اطلاعات ورود خالی است یا نویسه‌ی «/» دارد.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>An empty %1 for %2 cannot be saved. Enter the value, or remove the entry instead.</source>
        <extracomment>%1 is a credential field such as api-key, %2 a provider such as gitmix.</extracomment>
        <translation>%1 خالی برای %2 را نمی‌توان ذخیره کرد. مقدار را وارد کنید یا به‌جای آن، این مورد را حذف کنید.</translation>
    </message>
</context>
<context>
    <name>sarraf::CryptofuseAdapter</name>
    <message>
        <location filename="../providers/cryptofuse/CryptofuseAdapter.cpp" line="+136"/>
        <source>Cryptofuse does not offer this currency, or it is not enabled for this account.</source>
        <translation>Cryptofuse این ارز را ارائه نمی‌کند یا این ارز برای این حساب فعال نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cryptofuse refused the withdrawal because the balance is too low; nothing was sent.</source>
        <translation>Cryptofuse برداشت را به دلیل کافی نبودن موجودی رد کرد؛ چیزی ارسال نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cryptofuse has no payment with this id.</source>
        <translation>Cryptofuse پرداختی با این شناسه ندارد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cryptofuse refused the request: %1</source>
        <translation>Cryptofuse درخواست را رد کرد: %1</translation>
    </message>
    <message>
        <location filename="../providers/cryptofuse/CryptofuseRules.cpp" line="+54"/>
        <source>The amount to pay must be more than zero.</source>
        <translation>مبلغ پرداخت باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the currency the customer pays with.</source>
        <translation>ارزی را که مشتری با آن پرداخت می‌کند انتخاب کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>The callback address must be a web address starting with https:// or http://.</source>
        <translation>نشانی اعلان بازگشتی باید یک نشانی وب باشد که با https:// یا http:// شروع شود.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The time to pay must be at least one minute.</source>
        <translation>مهلت پرداخت باید دست‌کم یک دقیقه باشد.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The limits given are for %1, not for %2.</source>
        <translation>محدوده‌های داده‌شده برای %1 است، نه برای %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is below Cryptofuse&apos;s minimum of %2 for %3.</source>
        <translation>%1 کمتر از حداقل Cryptofuse، یعنی %2، برای %3 است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is above Cryptofuse&apos;s maximum of %2 for %3.</source>
        <translation>%1 بیشتر از حداکثر Cryptofuse، یعنی %2، برای %3 است.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The amount to withdraw must be more than zero.</source>
        <translation>مبلغ برداشت باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the address to withdraw to.</source>
        <translation>نشانی مقصد برداشت را وارد کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address check was made for another address or currency; check %1 for %2 before withdrawing.</source>
        <translation>بررسی نشانی برای نشانی یا ارز دیگری انجام شده است؛ پیش از برداشت، %1 را برای %2 بررسی کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cryptofuse says %1 is not a valid %2 address; nothing was sent.</source>
        <translation>به گفته‌ی Cryptofuse، %1 نشانی معتبر %2 نیست؛ چیزی ارسال نشد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The balance given is in %1, the withdrawal in %2.</source>
        <translation>موجودی داده‌شده به %1 است و برداشت به %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The available Cryptofuse balance of %1 is less than %2; nothing was sent.</source>
        <translation>موجودی در دسترس Cryptofuse، یعنی %1، کمتر از %2 است؛ چیزی ارسال نشد.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No Cryptofuse webhook secret is saved, so the callback cannot be checked.</source>
        <translation>رمز وب‌هوک Cryptofuse ذخیره نشده است، بنابراین نمی‌توان اعلان بازگشتی را بررسی کرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback has no X-Webhook-Signature header, so it cannot be trusted.</source>
        <translation>اعلان بازگشتی سرآیند X-Webhook-Signature ندارد، بنابراین نمی‌توان به آن اعتماد کرد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The callback&apos;s signature does not match the Cryptofuse webhook secret; it was not sent by Cryptofuse, was changed on the way, or the saved secret is wrong.</source>
        <translation>امضای اعلان بازگشتی با رمز وب‌هوک Cryptofuse مطابقت ندارد؛ یا Cryptofuse آن را نفرستاده، یا در مسیر تغییر کرده، یا رمز ذخیره‌شده نادرست است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback is signed correctly but is not a Cryptofuse update Sarraf can read.</source>
        <translation>امضای اعلان بازگشتی درست است، اما این اعلان به‌روزرسانی‌ای از Cryptofuse نیست که صراف بتواند آن را بخواند.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The callback is about Cryptofuse transaction %1, not this one.</source>
        <translation>اعلان بازگشتی مربوط به تراکنش %1 در Cryptofuse است، نه این تراکنش.</translation>
    </message>
</context>
<context>
    <name>sarraf::GitmixAdapter</name>
    <message>
        <location filename="../providers/gitmix/GitmixAdapter.cpp" line="+194"/>
        <source>The Gitmix store ID (storeId) must be a positive whole number; check the store ID in this provider&apos;s settings.</source>
        <translation>شناسه‌ی فروشگاه Gitmix (storeId) باید عدد صحیح مثبت باشد؛ شناسه‌ی فروشگاه را در تنظیمات این ارائه‌دهنده بررسی کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gitmix accepts only these currencies: %1. %2 is not one of them.</source>
        <translation>Gitmix فقط این ارزها را می‌پذیرد: %1. %2 جزو آن‌ها نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The gateway ID (gatewayId) must be a positive whole number.</source>
        <translation>شناسه‌ی درگاه (gatewayId) باید عدد صحیح مثبت باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The initial status must be one of: %1.</source>
        <translation>وضعیت اولیه باید یکی از این موارد باشد: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment deadline (deadlineAt) must be a positive number of minutes.</source>
        <translation>مهلت پرداخت (deadlineAt) باید تعداد مثبتی دقیقه باشد.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The description may have at most %n character(s).</source>
        <translation>
            <numerusform>توضیحات حداکثر می‌تواند %n نویسه داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The callback address (callbackUrl) must be a complete http or https address.</source>
        <translation>نشانی اعلان بازگشتی (callbackUrl) باید یک نشانی کامل http یا https باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address after a successful payment (successRedirectUrl) must be a complete http or https address.</source>
        <translation>نشانی پس از پرداخت موفق (successRedirectUrl) باید یک نشانی کامل http یا https باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address after a failed payment (failRedirectUrl) must be a complete http or https address.</source>
        <translation>نشانی پس از پرداخت ناموفق (failRedirectUrl) باید یک نشانی کامل http یا https باشد.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The customer&apos;s IP address (customerIp) may have at most %n character(s).</source>
        <translation>
            <numerusform>نشانی IP مشتری (customerIp) حداکثر می‌تواند %n نویسه داشته باشد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The customer&apos;s email (customerEmail) may have at most %n character(s).</source>
        <translation>
            <numerusform>ایمیل مشتری (customerEmail) حداکثر می‌تواند %n نویسه داشته باشد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A Gitmix transaction ID (txid) is a number such as 28442; &quot;%1&quot; is not one.</source>
        <translation>شناسه‌ی تراکنش Gitmix (txid) عددی مانند 28442 است؛ «%1» چنین عددی نیست.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 Gitmix&apos;s answer: &quot;%2&quot;</source>
        <extracomment>%1 is Sarraf&apos;s sentence about the failure; %2 is Gitmix&apos;s own English message, quoted as it came.</extracomment>
        <translation>%1 پاسخ Gitmix: «%2»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The callback is not a JSON object as Gitmix sends it, so it cannot be checked.</source>
        <translation>اعلان بازگشتی یک شیء JSON به شکلی که Gitmix می‌فرستد نیست، بنابراین نمی‌توان آن را بررسی کرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback has no &quot;hash&quot; member, so nothing shows that it came from Gitmix.</source>
        <translation>اعلان بازگشتی عضو «hash» ندارد، بنابراین هیچ نشانه‌ای وجود ندارد که از Gitmix آمده باشد.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Gitmix API key is not set, so the callback cannot be checked; enter it in this provider&apos;s settings.</source>
        <translation>کلید API فروشگاه Gitmix تنظیم نشده است، بنابراین نمی‌توان اعلان بازگشتی را بررسی کرد؛ آن را در تنظیمات این ارائه‌دهنده وارد کنید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The callback&apos;s signature does not match this store&apos;s Gitmix API key: it was not sent by Gitmix for this store, or it was changed on the way. Do not act on it.</source>
        <translation>امضای اعلان بازگشتی با کلید API این فروشگاه در Gitmix مطابقت ندارد: یا Gitmix آن را برای این فروشگاه نفرستاده، یا در مسیر تغییر کرده است. بر اساس آن اقدامی نکنید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The callback is genuine, but it lacks the transaction ID, status or amount Sarraf needs to apply it.</source>
        <translation>اعلان بازگشتی معتبر است، اما شناسه‌ی تراکنش، وضعیت یا مبلغی را که صراف برای اعمال آن لازم دارد، ندارد.</translation>
    </message>
</context>
<context>
    <name>sarraf::GreengoAdapter</name>
    <message>
        <location filename="../providers/greengo/GreengoAdapter.cpp" line="+226"/>
        <source>GREENGO refused the request without giving a reason (HTTP status %1).</source>
        <translation>GREENGO درخواست را بدون ذکر دلیل رد کرد (وضعیت HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GREENGO refused the request: %1</source>
        <translation>GREENGO درخواست را رد کرد: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GREENGO accepts the payment methods %1; &quot;%2&quot; is not one of them.</source>
        <translation>GREENGO این روش‌های پرداخت را می‌پذیرد: %1؛ «%2» جزو آن‌ها نیست.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the wallet address GREENGO should send the funds to.</source>
        <translation>نشانی کیف پولی را که GREENGO باید وجه را به آن بفرستد وارد کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The wallet address &quot;%1&quot; contains spaces or characters no wallet address has, or is too long; check it.</source>
        <translation>نشانی کیف پول «%1» فاصله یا نویسه‌هایی دارد که در هیچ نشانی کیف پولی وجود ندارد، یا بیش از حد طولانی است؛ آن را بررسی کنید.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the amount the customer gives.</source>
        <translation>مبلغی را که مشتری می‌پردازد وارد کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the payment method &quot;%1&quot; the customer gives %2, not %3.</source>
        <translation>با روش پرداخت «%1»، مشتری %2 می‌پردازد، نه %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount the customer gives must be greater than zero.</source>
        <translation>مبلغی که مشتری می‌پردازد باید بیشتر از صفر باشد.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>GREENGO takes %1 amounts with at most %n decimal place(s).</source>
        <translation>
            <numerusform>GREENGO مبلغ‌های %1 را حداکثر با %n رقم اعشار می‌پذیرد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GREENGO has switched the direction &quot;%1&quot; off.</source>
        <translation>GREENGO مسیر تبادل «%1» را غیرفعال کرده است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The direction &quot;%1&quot; takes %2, not %3.</source>
        <translation>مسیر تبادل «%1» فقط %2 می‌پذیرد، نه %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GREENGO&apos;s minimum for &quot;%1&quot; is %2.</source>
        <translation>حداقل GREENGO برای «%1»، %2 است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GREENGO&apos;s maximum for &quot;%1&quot; is %2.</source>
        <translation>حداکثر GREENGO برای «%1»، %2 است.</translation>
    </message>
    <message>
        <location filename="../providers/ProviderConnectors.cpp" line="+305"/>
        <location filename="../providers/greengo/GreengoAdapter.cpp" line="+11"/>
        <source>&quot;%1&quot; is not a GREENGO order id; an id is a short code without spaces.</source>
        <translation>«%1» شناسه‌ی سفارش GREENGO نیست؛ شناسه یک کد کوتاه بدون فاصله است.</translation>
    </message>
    <message>
        <location filename="../providers/greengo/GreengoAdapter.cpp" line="+209"/>
        <source>GREENGO has no order %1 for this account.</source>
        <translation>GREENGO سفارشی با شناسه‌ی %1 برای این حساب ندارد.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>GREENGO did not cancel order %1: it may not exist, or it is already paid or closed. Refresh it to see its status.</source>
        <translation>GREENGO سفارش %1 را لغو نکرد: ممکن است وجود نداشته باشد، یا قبلاً پرداخت یا بسته شده باشد. آن را تازه‌سازی کنید تا وضعیتش را ببینید.</translation>
    </message>
</context>
<context>
    <name>sarraf::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>Invoices</source>
        <translation>فاکتورها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments you create, look up by id or receive a verified callback for appear here with their status history, once a provider such as Gitmix or Cryptofuse is enabled.</source>
        <translation>پس از فعال شدن یک ارائه‌دهنده مانند Gitmix یا Cryptofuse، فاکتورها و پرداخت‌هایی که ایجاد می‌کنید، با شناسه جست‌وجو می‌کنید یا برایشان اعلان بازگشتی معتبر دریافت می‌شود، همراه با تاریخچه‌ی وضعیت آن‌ها اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange orders from Premium Exchanger and GREENGO appear here once a provider is enabled: the ones Sarraf creates, the ones it lists and the ones you look up by id.</source>
        <translation>پس از فعال شدن یک ارائه‌دهنده، سفارش‌های تبادل Premium Exchanger و GREENGO اینجا نمایش داده می‌شوند: سفارش‌هایی که صراف ایجاد می‌کند، سفارش‌هایی که فهرست می‌کند و سفارش‌هایی که شما با شناسه جست‌وجو می‌کنید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Withdrawals</source>
        <translation>برداشت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawals sent through the providers appear here with their network, destination and confirmations.</source>
        <translation>برداشت‌هایی که از طریق ارائه‌دهنده‌ها ارسال شده‌اند، همراه با شبکه، مقصد و تعداد تأییدهای شبکه اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payouts</source>
        <translation>تسویه‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout requests waiting for approval, approved, sent and reconciled appear here. Every payout needs an approver other than the person who requested it.</source>
        <translation>درخواست‌های تسویه‌ای که در انتظار تأیید هستند، تأیید شده‌اند، ارسال شده‌اند یا تطبیق داده شده‌اند اینجا نمایش داده می‌شوند. هر تسویه به تأییدکننده‌ای غیر از شخص درخواست‌کننده‌ی آن نیاز دارد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live prices from the price feeds appear here, with their source, their age and a chart of each pair.</source>
        <translation>قیمت‌های لحظه‌ای منابع قیمت، همراه با منبع، میزان تازگی و نمودار هر جفت‌ارز اینجا نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Providers</source>
        <translation>ارائه‌دهنده‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each provider&apos;s health, rate limit and credentials appear here. Credentials are kept only in the system keychain.</source>
        <translation>وضعیت سلامت، محدودیت تعداد درخواست و اطلاعات ورود هر ارائه‌دهنده اینجا نمایش داده می‌شود. اطلاعات ورود فقط در جاکلیدی سیستم نگهداری می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log</source>
        <translation>گزارش ممیزی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every action on money appears here in order: who requested, approved or sent what, and when. The log is chained so that an edit or a deletion shows.</source>
        <translation>هر اقدام مالی به ترتیب اینجا نمایش داده می‌شود: چه کسی، چه چیزی را و چه زمانی درخواست، تأیید یا ارسال کرد. گزارش به‌صورت زنجیره‌ای ثبت می‌شود تا هر ویرایش یا حذفی آشکار شود.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Sarraf — sandbox</source>
        <translation>صراف — محیط آزمایشی</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sarraf</source>
        <translation>صراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;navigation</source>
        <translation>نمایش &amp;نوار ناوبری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;ابزارها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New invoice or order…</source>
        <translation>فاکتور یا سفارش &amp;تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a Gitmix invoice, a Cryptofuse payment or a GREENGO order</source>
        <translation>ساخت فاکتور Gitmix، پرداخت Cryptofuse یا سفارش GREENGO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;همگام‌سازی هم‌اکنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh every enabled provider now</source>
        <translation>به‌روزرسانی همه‌ی ارائه‌دهنده‌های فعال در همین لحظه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;اعلان‌های دسکتاپ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell me when a tracked transaction completes or fails</source>
        <translation>وقتی تراکنشی که پیگیری می‌شود انجام شد یا ناموفق ماند، خبرم کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look up by id (any provider), then Enter</source>
        <translation>جست‌وجو با شناسه (هر ارائه‌دهنده)، سپس کلید اینتر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks every enabled provider about this id, keeps what they know and shows it</source>
        <translation>این شناسه را از همه ارائه‌دهندگان فعال می‌پرسد، آنچه می‌دانند را نگه می‌دارد و نشان می‌دهد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;log folder</source>
        <translation>باز کردن پوشه‌ی &amp;گزارش‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Sarraf</source>
        <translation>&amp;درباره‌ی صراف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>د&amp;رباره‌ی Qt</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Syncing %1…</source>
        <translation>در حال همگام‌سازی %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 refreshed.</source>
        <extracomment>%1 is a transaction&apos;s id, %2 why it could not be refreshed.</extracomment>
        <translation>%1 به‌روز شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not refresh %1: %2</source>
        <translation>به‌روزرسانی %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cancelled.</source>
        <extracomment>%1 is an order&apos;s id, %2 why it was not cancelled.</extracomment>
        <translation>%1 لغو شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was not cancelled: %2</source>
        <translation>%1 لغو نشد: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You act as %1 on the payout desk.</source>
        <extracomment>%1 the operator&apos;s name</extracomment>
        <translation>شما در میز پرداخت با نام %1 کار می‌کنید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not synced yet</source>
        <translation>هنوز همگام‌سازی نشده است</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced at %1</source>
        <translation>همگام‌سازی‌شده در %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced at %1; failed: %2</source>
        <extracomment>%1 is a time, %2 the first provider that failed and why.</extracomment>
        <translation>همگام‌سازی‌شده در %1؛ ناموفق: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Looking up %1…</source>
        <translation>در حال جست‌وجوی %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No enabled provider knows the id %1.</source>
        <translation>هیچ ارائه‌دهنده فعالی شناسه %1 را نمی‌شناسد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No enabled provider knows the id %1; %2</source>
        <translation>هیچ ارائه‌دهنده فعالی شناسه %1 را نمی‌شناسد؛ %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Found %1 at %2.</source>
        <translation>%1 نزد %2 پیدا شد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refreshing %1…</source>
        <translation>در حال به‌روزرسانی %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling %1…</source>
        <translation>در حال لغو %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No provider is enabled in this profile yet, so nothing can be created.</source>
        <translation>هنوز هیچ ارائه‌دهنده‌ای در این نمایه فعال نیست، پس چیزی نمی‌توان ساخت.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nothing was created: %1</source>
        <translation>چیزی ساخته نشد: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Created %1 at %2.</source>
        <extracomment>%1 is the new transaction&apos;s id, %2 the provider&apos;s name.</extracomment>
        <translation>%1 در %2 ساخته شد.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Sandbox profile: nothing here reaches a real provider</source>
        <translation>نمایه‌ی محیط آزمایشی: هیچ چیزی از اینجا به ارائه‌دهنده‌ی واقعی نمی‌رسد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: %1</source>
        <translation>نمایه: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The log folder is %1</source>
        <translation>مسیر پوشه‌ی گزارش‌ها: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+92"/>
        <location line="+31"/>
        <location line="+10"/>
        <location line="+86"/>
        <source>No provider is enabled in this profile yet, so there is nothing to sync.</source>
        <translation>هنوز هیچ ارائه‌دهنده‌ای در این نمایه فعال نشده است، بنابراین چیزی برای همگام‌سازی وجود ندارد.</translation>
    </message>
</context>
<context>
    <name>sarraf::OAuthClientCredentials</name>
    <message>
        <location filename="../providers/http/OAuthClientCredentials.cpp" line="+55"/>
        <location line="+29"/>
        <source>The connection for this provider was closed.</source>
        <translation>اتصال این ارائه‌دهنده بسته شد.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 refused Sarraf&apos;s client id or client secret; check the ones saved for this provider.</source>
        <translation>%1 شناسه‌ی کلاینت یا رمز کلاینت صراف را نپذیرفت؛ مقادیر ذخیره‌شده برای این ارائه‌دهنده را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutApprovalDialog</name>
    <message>
        <location filename="../ui/PayoutApprovalDialog.cpp" line="+45"/>
        <source>Review payout %1</source>
        <extracomment>%1 payout number</extracomment>
        <translation>بازبینی پرداخت %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payout</source>
        <translation>پرداخت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provider:</source>
        <translation>ارائه‌دهنده:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination:</source>
        <translation>مقصد:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payout currency id:</source>
        <translation>شناسهٔ ارز پرداخت:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee:</source>
        <translation>کارمزد:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not estimated</source>
        <translation>برآورد نشده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrives:</source>
        <translation>می‌رسد:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested by:</source>
        <translation>درخواست‌کننده:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 on %2</source>
        <extracomment>%1 operator name, %2 date and time</extracomment>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by:</source>
        <translation>تأییدکننده:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the provider said</source>
        <translation>آنچه ارائه‌دهنده گفت</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider has not checked this destination yet: it cannot be approved.</source>
        <translation>ارائه‌دهنده هنوز این مقصد را بررسی نکرده است: نمی‌توان آن را تأیید کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid. Checked by %1 on %2. %3</source>
        <extracomment>%1 operator, %2 time, %3 the provider&apos;s findings</extracomment>
        <translation>معتبر. بررسی‌شده به دست %1 در %2. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT valid. Checked by %1 on %2. %3</source>
        <translation>نامعتبر. بررسی‌شده به دست %1 در %2. %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Earlier payouts to this destination</source>
        <translation>پرداخت‌های پیشین به این مقصد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1: %2, %3, %4</source>
        <extracomment>One earlier payout: %1 number, %2 amount, %3 state, %4 date</extracomment>
        <translation>#%1: %2، %3، %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: this is the first payout to this destination. Check it with particular care.</source>
        <translation>هیچ: این نخستین پرداخت به این مقصد است. آن را با دقت ویژه بررسی کنید.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln earlier payout(s):</source>
        <translation>
            <numerusform>%Ln پرداخت پیشین:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Limits</source>
        <translation>سقف‌ها</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no single-approval limit: every payout needs two approvers.</source>
        <translation>برای %1 سقف تأیید تکی تعیین نشده است: هر پرداخت دو تأییدکننده می‌خواهد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above the single-approval limit of %1: two different people must approve.</source>
        <translation>بالاتر از سقف تأیید تکی %1: دو نفر متفاوت باید تأیید کنند.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within the single-approval limit of %1: one approval is enough.</source>
        <translation>در حد سقف تأیید تکی %1: یک تأیید بس است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approved today: %1 of the daily limit %2.</source>
        <extracomment>%1 approved today, %2 the daily limit</extracomment>
        <translation>تأییدشدهٔ امروز: %1 از سقف روزانهٔ %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving this payout would pass the daily limit: it will be refused.</source>
        <translation>تأیید این پرداخت از سقف روزانه می‌گذرد: پذیرفته نخواهد شد.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set your operator name on the Payouts page first: every approval records who gave it.</source>
        <translation>نخست نام اپراتور خود را در صفحهٔ پرداخت‌ها تنظیم کنید: هر تأیید ثبت می‌کند چه کسی آن را داده است.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You requested this payout, so you cannot approve it. Another person must.</source>
        <translation>این پرداخت را خودتان درخواست کرده‌اید، پس نمی‌توانید آن را تأیید کنید. شخص دیگری باید تأیید کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have already approved this payout. The second approval must come from another person.</source>
        <translation>شما این پرداخت را پیش‌تر تأیید کرده‌اید. تأیید دوم باید از شخص دیگری باشد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider has not found this destination valid, so it cannot be approved.</source>
        <translation>ارائه‌دهنده این مقصد را معتبر ندانسته است، پس نمی‌توان آن را تأیید کرد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This payout has all the approvals it needs. You can still reject it before it is sent.</source>
        <translation>این پرداخت همهٔ تأییدهای لازم را دارد. هنوز می‌توانید پیش از ارسال آن را رد کنید.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your decision</source>
        <translation>تصمیم شما</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the amount, as shown above</source>
        <translation>مبلغ، همان‌طور که بالا آمده است</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the amount in %1 to approve:</source>
        <extracomment>%1 the currency code</extracomment>
        <translation>برای تأیید، مبلغ را به %1 بنویسید:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>why, for the requester</source>
        <translation>چرا، برای درخواست‌کننده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason to reject:</source>
        <translation>دلیل رد:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reject</source>
        <translation>رد</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The amount matches.</source>
        <translation>مبلغ درست است.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not the payout&apos;s amount.</source>
        <translation>این مبلغِ پرداخت نیست.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutConnector</name>
    <message>
        <location filename="../providers/PayoutConnectors.cpp" line="+56"/>
        <source>Cryptofuse says %1 is not a valid address for %2. Nothing can be sent to it.</source>
        <translation>Cryptofuse می‌گوید %1 نشانی معتبری برای %2 نیست. چیزی به آن فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cryptofuse says the address %1 is valid on the %2 network. Its fee is %3, so the address receives %4.</source>
        <extracomment>%1 address, %2 network, %3 fee with currency, %4 what arrives with currency</extracomment>
        <translation>Cryptofuse می‌گوید نشانی %1 در شبکهٔ %2 معتبر است. کارمزد آن %3 است، پس نشانی %4 دریافت می‌کند.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account has no %1 balance to pay it from.</source>
        <translation>حساب موجودی %1 برای پرداخت آن ندارد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The available balance, %1, is less than the payout.</source>
        <translation>موجودی در دسترس، %1، کمتر از مبلغ پرداخت است.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The available balance is %1.</source>
        <translation>موجودی در دسترس %1 است.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cryptofuse accepted withdrawal %1, status &quot;%2&quot;.</source>
        <extracomment>%1 the withdrawal&apos;s id, %2 Cryptofuse&apos;s status word</extracomment>
        <translation>Cryptofuse برداشت %1 را پذیرفت، وضعیت «%2».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cryptofuse cannot list withdrawals, so Sarraf cannot see whether this one arrived. Look for its webhook among the imported callbacks, or ask Cryptofuse.</source>
        <translation>Cryptofuse فهرست برداشت‌ها را ارائه نمی‌دهد، پس صراف نمی‌تواند ببیند این یکی رسیده است یا نه. وب‌هوک آن را میان بازخوانی‌های واردشده بجویید یا از Cryptofuse بپرسید.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 balance now: %2 available, %3 pending (a withdrawal under way is pending).</source>
        <translation>موجودی %1 اکنون: %2 در دسترس، %3 در انتظار (برداشتِ در جریان، در انتظار است).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>payout %1 of %2 to %3, status %4</source>
        <extracomment>%1 payout id, %2 amount with currency, %3 account, %4 the exchanger&apos;s status word</extracomment>
        <translation>پرداخت %1 به مبلغ %2 به %3، وضعیت %4</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The list was cut at %1 payouts; look on the exchanger&apos;s site for the rest.</source>
        <translation>فهرست در %1 پرداخت بریده شد؛ بقیه را در سایت صرافی ببینید.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The partner balance is below the minimum payout.</source>
        <translation>موجودی همکاری کمتر از کمینهٔ پرداخت است.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Premium Exchanger offers no payout currency %1. It offers: %2.</source>
        <translation>Premium Exchanger ارز پرداختی با شناسهٔ %1 ندارد. این‌ها را دارد: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Premium Exchanger pays the whole partner balance in %1: %2 now, commission %3, minimum payout %4.</source>
        <extracomment>%1 currency title, %2 balance, %3 the exchanger&apos;s commission, %4 minimum payout</extracomment>
        <translation>Premium Exchanger کل موجودی همکاری را به %1 می‌پردازد: اکنون %2، کارمزد %3، کمینهٔ پرداخت %4.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It cannot pay another amount: request exactly %1.</source>
        <translation>مبلغ دیگری نمی‌پردازد: دقیقاً %1 را درخواست کنید.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was sent: Premium Exchanger would now pay %1, not the %2 that was approved. Request the payout again for the new balance.</source>
        <translation>چیزی فرستاده نشد: Premium Exchanger اکنون %1 می‌پردازد، نه %2 که تأیید شده بود. پرداخت را برای موجودی تازه دوباره درخواست کنید.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Premium Exchanger accepted payout request %1.</source>
        <translation>Premium Exchanger درخواست پرداخت %1 را پذیرفت.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Premium Exchanger lists %1.</source>
        <translation>Premium Exchanger این را فهرست می‌کند: %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Premium Exchanger&apos;s partner payouts since %1 to %2:</source>
        <translation>پرداخت‌های همکاری Premium Exchanger از %1 به %2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none.</source>
        <translation>هیچ.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutReconcileDialog</name>
    <message>
        <location filename="../ui/PayoutReconcileDialog.cpp" line="+26"/>
        <source>Reconcile payout %1</source>
        <translation>تطبیق پرداخت %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 through %2 to %3.</source>
        <extracomment>%1 amount, %2 provider, %3 destination</extracomment>
        <translation>%1 از راه %2 به %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sarraf does not know whether the provider carried it out: %1 It will not be sent again. Find out what happened and record it here.</source>
        <translation>صراف نمی‌داند ارائه‌دهنده آن را انجام داده است یا نه: %1 دوباره فرستاده نمی‌شود. ببینید چه شده است و اینجا ثبت کنید.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the provider says</source>
        <translation>آنچه ارائه‌دهنده می‌گوید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the provider</source>
        <translation>پرسیدن از ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not asked yet.</source>
        <translation>هنوز پرسیده نشده است.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What happened</source>
        <translation>چه شد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider received it and is paying it out</source>
        <translation>ارائه‌دهنده آن را دریافت کرده و در حال پرداخت است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider paid it out</source>
        <translation>ارائه‌دهنده آن را پرداخت کرد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The provider did not pay it: no money left</source>
        <translation>ارائه‌دهنده آن را پرداخت نکرد: پولی خارج نشد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the provider&apos;s id for it, when known</source>
        <translation>شناسهٔ آن نزد ارائه‌دهنده، اگر معلوم است</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s reference:</source>
        <translation>شناسهٔ ارائه‌دهنده:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you checked, and where: the provider&apos;s list, its balance, a message from their support. Kept in the audit log.</source>
        <translation>چه چیزی را کجا بررسی کردید: فهرست ارائه‌دهنده، موجودی آن، پیامی از پشتیبانی. در گزارش حسابرسی نگه داشته می‌شود.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you checked:</source>
        <translation>آنچه بررسی کردید:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Asking…</source>
        <translation>در حال پرسیدن…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider could not be asked: %1</source>
        <translation>نتوانستیم از ارائه‌دهنده بپرسیم: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found: %1, %2.</source>
        <extracomment>%1 the provider&apos;s reference, %2 the state it reports</extracomment>
        <translation>پیدا شد: %1، %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not found at the provider.</source>
        <translation>نزد ارائه‌دهنده پیدا نشد.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutRequestDialog</name>
    <message>
        <location filename="../ui/PayoutRequestDialog.cpp" line="+43"/>
        <source>New payout</source>
        <translation>پرداخت تازه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cryptofuse: a withdrawal to a crypto address</source>
        <translation>Cryptofuse: برداشت به یک نشانی رمزارز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium Exchanger: a partner payout to an account</source>
        <translation>Premium Exchanger: پرداخت همکاری به یک حساب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay through:</source>
        <translation>پرداخت از راه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To:</source>
        <translation>به:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout currency id:</source>
        <translation>شناسهٔ ارز پرداخت:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as Premium Exchanger&apos;s partner information lists it, such as 2</source>
        <translation>همان‌طور که اطلاعات همکاری Premium Exchanger فهرست می‌کند، مانند 2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what it is for, for the approvers</source>
        <translation>برای چیست، برای تأییدکنندگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request payout</source>
        <translation>درخواست پرداخت</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the account the exchanger pays into</source>
        <translation>حسابی که صرافی به آن پرداخت می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full address, such as T… on TRON</source>
        <translation>نشانی کامل، مانند T… در TRON</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter where the payout goes.</source>
        <translation>مقصد پرداخت را وارد کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the payout currency id.</source>
        <translation>شناسهٔ ارز پرداخت را وارد کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount.</source>
        <translation>مبلغ را وارد کنید.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payout&apos;s amount must be greater than zero.</source>
        <translation>مبلغ پرداخت باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Asking %1…</source>
        <translation>در حال پرسیدن از %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The provider could not be asked: %1 The request can still be made; it is checked again before anyone approves it.</source>
        <extracomment>%1 why the provider could not be asked</extracomment>
        <translation>نتوانستیم از ارائه‌دهنده بپرسیم: %1 همچنان می‌توان درخواست را ثبت کرد؛ پیش از هر تأییدی دوباره بررسی می‌شود.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutSender</name>
    <message>
        <location filename="../models/payouts/PayoutSender.cpp" line="+78"/>
        <source>There is no payout %1.</source>
        <translation>پرداختی با شمارهٔ %1 وجود ندارد.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Sarraf cannot reach %1 for payouts: set the provider up in this profile (it pays out through Cryptofuse and Premium Exchanger).</source>
        <translation>صراف برای پرداخت به %1 دسترسی ندارد: ارائه‌دهنده را در این پروفایل تنظیم کنید (پرداخت از راه Cryptofuse و Premium Exchanger انجام می‌شود).</translation>
    </message>
    <message>
        <location filename="../models/payouts/PayoutDesk.cpp" line="+280"/>
        <source>Payout %1 is requested, but the provider could not check it: %2 Check it again before anyone approves it.</source>
        <extracomment>%1 payout number, %2 why the provider could not be asked</extracomment>
        <translation>پرداخت %1 درخواست شد، اما ارائه‌دهنده نتوانست آن را بررسی کند: %2 پیش از هر تأییدی دوباره بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../models/payouts/PayoutSender.cpp" line="+4"/>
        <source>%1 does not pay out to a destination of kind &quot;%2&quot;; it pays to: %3.</source>
        <translation>%1 به مقصدی از نوع «%2» پرداخت نمی‌کند؛ به این‌ها پرداخت می‌کند: %3.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 accepted payout %2 as %3, but Sarraf could not save that: %4 The payout will need reconciliation; it will not be sent again.</source>
        <translation>%1 پرداخت %2 را با شناسهٔ %3 پذیرفت، اما صراف نتوانست آن را ذخیره کند: %4 این پرداخت به تطبیق نیاز خواهد داشت و دوباره فرستاده نمی‌شود.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether %1 received the payout is unknown: %2</source>
        <translation>معلوم نیست %1 پرداخت را دریافت کرده است یا نه: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1&apos;s verified webhook reports withdrawal %2 as &quot;%3&quot;.</source>
        <extracomment>%1 provider, %2 withdrawal id, %3 its status word</extracomment>
        <translation>وب‌هوک تأییدشدهٔ %1 برداشت %2 را «%3» گزارش می‌کند.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>withdrawal %1 of %2 to this address, status &quot;%3&quot;, from a verified webhook</source>
        <translation>برداشت %1 به مبلغ %2 به همین نشانی، وضعیت «%3»، از یک وب‌هوک تأییدشده</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verified webhooks report withdrawals of this amount since sending began that name no address: %1. A person must tell whether one of them is this payout.</source>
        <translation>وب‌هوک‌های تأییدشده از آغاز ارسال، برداشت‌هایی با همین مبلغ گزارش می‌کنند که نشانی‌ای نام نمی‌برند: %1. یک نفر باید تشخیص دهد آیا یکی از آن‌ها همین پرداخت است.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A verified webhook reports %1.</source>
        <translation>یک وب‌هوک تأییدشده گزارش می‌کند: %1.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1 is payout %2</source>
        <translation>%1 همان پرداخت %2 است</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sarraf knows some of them as other payouts: %1.</source>
        <translation>صراف برخی از آن‌ها را پرداخت‌های دیگر می‌شناسد: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payouts %1 went to the same destination and their answers are unknown too: a person must tell which provider payout belongs to which.</source>
        <translation>پرداخت‌های %1 هم به همین مقصد رفته‌اند و پاسخشان نیز معلوم نیست: یک نفر باید تشخیص دهد کدام پرداختِ ارائه‌دهنده از آنِ کدام است.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Payout %1 is %2; only a payout that needs reconciliation is looked for.</source>
        <translation>پرداخت %1 در وضعیت «%2» است؛ فقط پرداختی که به تطبیق نیاز دارد جست‌وجو می‌شود.</translation>
    </message>
</context>
<context>
    <name>sarraf::PayoutsPage</name>
    <message>
        <location filename="../ui/PayoutsPage.cpp" line="+157"/>
        <source>Set your operator name to request or approve payouts.</source>
        <translation>برای درخواست یا تأیید پرداخت، نام اپراتور خود را تنظیم کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>کار با نام &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set operator name…</source>
        <translation>تنظیم نام اپراتور…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change…</source>
        <translation>تغییر…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payout…</source>
        <translation>پرداخت تازه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All payouts</source>
        <translation>همهٔ پرداخت‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ready to send</source>
        <translation>آمادهٔ ارسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>فرستاده‌شده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs reconciliation</source>
        <translation>نیازمند تطبیق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finished</source>
        <translation>پایان‌یافته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review and approve…</source>
        <translation>بازبینی و تأیید…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow up</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconcile…</source>
        <translation>تطبیق…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check with provider</source>
        <translation>بررسی نزد ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>کارمزد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested by</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved by</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln waiting, %2</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln در انتظار، %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>approved today %1 of %2</source>
        <extracomment>%1 approved today, %2 the daily limit</extracomment>
        <translation>تأییدشدهٔ امروز %1 از %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>approved today %1, no daily limit</source>
        <translation>تأییدشدهٔ امروز %1، بدون سقف روزانه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payouts wait for approval or sending.</source>
        <translation>هیچ پرداختی در انتظار تأیید یا ارسال نیست.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Operator name</source>
        <translation>نام اپراتور</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name you act under on the payout desk. Every request and approval records it, and nobody may approve a payout they requested.</source>
        <translation>نامی که با آن در میز پرداخت کار می‌کنید. هر درخواست و تأیید آن را ثبت می‌کند، و هیچ‌کس نمی‌تواند پرداختی را که خود درخواست کرده است تأیید کند.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payout %1 requested and checked with the provider.</source>
        <translation>پرداخت %1 درخواست و نزد ارائه‌دهنده بررسی شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout %1 requested, but the provider did not accept it: see Review.</source>
        <translation>پرداخت %1 درخواست شد، اما ارائه‌دهنده آن را نپذیرفت: «بازبینی و تأیید» را ببینید.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payout %1: the provider accepts it.</source>
        <translation>پرداخت %1: ارائه‌دهنده آن را می‌پذیرد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout %1: the provider does not accept it.</source>
        <translation>پرداخت %1: ارائه‌دهنده آن را نمی‌پذیرد.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Payout %1 approved.</source>
        <translation>پرداخت %1 تأیید شد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payout %1 rejected.</source>
        <translation>پرداخت %1 رد شد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send payout %1</source>
        <translation>ارسال پرداخت %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send %1 through %2 to %3 now? It is sent once; if the answer is lost it is not sent again but needs reconciliation.</source>
        <extracomment>%1 amount, %2 provider, %3 destination</extracomment>
        <translation>اکنون %1 از راه %2 به %3 فرستاده شود؟ یک بار فرستاده می‌شود؛ اگر پاسخ گم شود دوباره فرستاده نمی‌شود و به تطبیق نیاز خواهد داشت.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Payout %1: %2.</source>
        <extracomment>%1 payout number, %2 its state now</extracomment>
        <translation>پرداخت %1: %2.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Payout %1 reconciled: %2.</source>
        <translation>پرداخت %1 تطبیق شد: %2.</translation>
    </message>
</context>
<context>
    <name>sarraf::PremiumExchangerAdapter</name>
    <message>
        <location filename="../providers/premiumexchanger/PremiumExchangerAdapter.cpp" line="+180"/>
        <source>%1 refused the API login and key: they are wrong, or API access is switched off for this user on the exchanger&apos;s site. Check the keys saved for this provider and the user&apos;s &quot;Work with REST API&quot; option; nothing was changed.</source>
        <translation>%1 نام کاربری و کلید API را نپذیرفت: یا نادرست‌اند، یا دسترسی API برای این کاربر در وب‌سایت صرافی خاموش است. کلیدهای ذخیره‌شده برای این ارائه‌دهنده و گزینه‌ی «Work with REST API» کاربر را بررسی کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent an empty answer, so it is unknown whether the request was carried out; check it on the exchanger&apos;s site before trying again.</source>
        <translation>%1 پاسخ خالی فرستاد، بنابراین مشخص نیست درخواست انجام شده است یا نه؛ پیش از تلاش دوباره، آن را در وب‌سایت صرافی بررسی کنید.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an empty answer: the information asked for does not exist. Check the id or the filters; nothing was changed.</source>
        <translation>%1 پاسخ خالی فرستاد: اطلاعات درخواست‌شده وجود ندارد. شناسه یا فیلترها را بررسی کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+186"/>
        <source>%1 has no bid with this id or hash; nothing was changed.</source>
        <translation>%1 سفارشی با این شناسه یا hash ندارد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 does not let this API key use the method &quot;%2&quot;; the exchanger&apos;s administrator must enable it for the key. Nothing was changed.</source>
        <translation>%1 اجازه نمی‌دهد این کلید API از متد «%2» استفاده کند؛ مدیر صرافی باید آن را برای این کلید فعال کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not offer this exchange direction through the API; the exchanger must allow API access in the direction&apos;s settings. Nothing was changed.</source>
        <translation>%1 این مسیر تبادل را از طریق API ارائه نمی‌کند؛ صرافی باید دسترسی API را در تنظیمات این مسیر مجاز کند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused the request and said: &quot;%2&quot;.</source>
        <translation>%1 درخواست را رد کرد و گفت: «%2».</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A currency id is a whole number, such as 5.</source>
        <translation>شناسه‌ی ارز یک عدد صحیح است، مانند 5.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../providers/premiumexchanger/PremiumExchangerRules.h" line="+72"/>
        <source>The exchange direction id must be a whole number, such as 12.</source>
        <translation>شناسه‌ی مسیر تبادل باید عدد صحیح باشد، مانند 12.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Give the bid&apos;s id (a whole number) or its hash (letters and digits).</source>
        <translation>شناسه‌ی سفارش (یک عدد صحیح) یا hash آن (حروف و رقم‌ها) را وارد کنید.</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>The bid&apos;s hash must be letters and digits, as Premium Exchanger gave it.</source>
        <translation>hash سفارش باید از حروف و رقم‌ها تشکیل شده باشد، همان‌طور که Premium Exchanger آن را داده است.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The payout currency id must be a whole number, such as 3.</source>
        <translation>شناسه‌ی ارز تسویه باید عدد صحیح باشد، مانند 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the account the payout goes to.</source>
        <translation>حسابی را که تسویه به آن واریز می‌شود وارد کنید.</translation>
    </message>
    <message>
        <location filename="../providers/premiumexchanger/PremiumExchangerRules.h" line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose which amount was entered: given, received, or either with the fee.</source>
        <translation>مشخص کنید کدام مبلغ وارد شده است: مبلغ پرداختی، مبلغ دریافتی، یا هر یک از این دو همراه با کارمزد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>&quot;%1&quot; is not a field name Premium Exchanger accepts.</source>
        <translation>«%1» نام فیلدی نیست که Premium Exchanger بپذیرد.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The partner id must be a whole number.</source>
        <translation>شناسه‌ی همکار باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our own id for the bid must be at most 64 printable characters.</source>
        <translation>شناسه‌ی داخلی ما برای سفارش حداکثر می‌تواند ۶۴ نویسه‌ی قابل چاپ داشته باشد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback address must be a full http or https address.</source>
        <translation>نشانی اعلان بازگشتی باید یک نشانی کامل http یا https باشد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom fields are numbered from cf1 to cf99.</source>
        <translation>فیلدهای سفارشی از cf1 تا cf99 شماره‌گذاری می‌شوند.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The start of the period must be a valid time before its end.</source>
        <translation>آغاز بازه باید زمانی معتبر و پیش از پایان آن باشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>«%1» نشانی IP نیست.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A bid id is a whole number, such as 1042.</source>
        <translation>شناسه‌ی سفارش یک عدد صحیح است، مانند 1042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of bids to show must be at least 1, and the number to skip at least 0.</source>
        <translation>تعداد سفارش‌های قابل نمایش باید دست‌کم 1 و تعداد سفارش‌هایی که از ابتدا نادیده گرفته می‌شوند دست‌کم 0 باشد.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Premium Exchanger&apos;s %1 does not take the filter %2.</source>
        <translation>%1 در Premium Exchanger فیلتر %2 را نمی‌پذیرد.</translation>
    </message>
</context>
<context>
    <name>sarraf::PriceTableModel</name>
    <message>
        <location filename="../models/prices/PriceTableModel.cpp" line="+39"/>
        <source>%1%2 %</source>
        <translation>%1%2٪</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 s ago</source>
        <extracomment>How old a price is, in seconds.</extracomment>
        <translation>%1 ثانیه پیش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min ago</source>
        <extracomment>How old a price is, in minutes.</extracomment>
        <translation>%1 دقیقه پیش</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h ago</source>
        <extracomment>How old a price is, in hours.</extracomment>
        <translation>%1 ساعت پیش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d ago</source>
        <extracomment>How old a price is, in days.</extracomment>
        <translation>%1 روز پیش</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At %1. Older than expected: the source may not be answering.</source>
        <extracomment>%1 is when the source gave the price.</extracomment>
        <translation>در %1. قدیمی‌تر از انتظار: شاید منبع پاسخ نمی‌دهد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1</source>
        <translation>در %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pair</source>
        <translation>جفت ارز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last price</source>
        <translation>آخرین قیمت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 h change</source>
        <translation>تغییر ۲۴ ساعته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
</context>
<context>
    <name>sarraf::PricesPage</name>
    <message>
        <location filename="../ui/PricesPage.cpp" line="+171"/>
        <source>Refreshing prices…</source>
        <translation>در حال به‌روزرسانی قیمت‌ها…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Refresh</source>
        <translation>به‌روزرسانی</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the price source now (never faster than its rate limit allows)</source>
        <translation>همین حالا از منبع قیمت بپرس (هرگز سریع‌تر از سقف مجاز درخواست‌هایش)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-refresh:</source>
        <translation>به‌روزرسانی خودکار:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>Every %1 s</source>
        <translation>هر %1 ثانیه</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The last 24 hours of %1/%2 could not be read from %3: %4</source>
        <extracomment>%1/%2 is a pair such as BTC/USDT, %3 the source, %4 why.</extracomment>
        <translation>۲۴ ساعت گذشتهٔ %1/%2 از %3 خوانده نشد: %4</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Every %1 min</source>
        <translation>هر %1 دقیقه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices</source>
        <translation>قیمت‌ها</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No price source is set up yet. Prices appear here once a price feed (CoinGecko, CoinMarketCap or Nobitex) is enabled in Settings; sarraf --sandbox shows the sandbox&apos;s feed.</source>
        <translation>هنوز هیچ منبع قیمتی تنظیم نشده است. وقتی یک منبع قیمت (CoinGecko، CoinMarketCap یا Nobitex) در تنظیمات فعال شود، قیمت‌ها اینجا نمایش داده می‌شوند؛ ⁦sarraf --sandbox⁩ قیمت‌های محیط آزمایشی را نشان می‌دهد.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Prices could not be refreshed: %1</source>
        <extracomment>%1 is the source and why its prices could not be read.</extracomment>
        <translation>قیمت‌ها به‌روز نشدند: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Updated at %1</source>
        <translation>به‌روزشده در %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Millions of %1</source>
        <translation>میلیون %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>No history for %1 / %2 yet</source>
        <translation>هنوز تاریخچه‌ای برای %1 / %2 نیست</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — %2 — last 24 hours from %3</source>
        <extracomment>The chart&apos;s title: %1 the pair (&quot;BTC / USDT&quot;), %2 its last price, %3 the source.</extracomment>
        <translation>%1 — %2 — ۲۴ ساعت گذشته از %3</translation>
    </message>
</context>
<context>
    <name>sarraf::ProviderConnector</name>
    <message>
        <location filename="../providers/ProviderConnectors.cpp" line="-177"/>
        <source>Nothing was sent: the provider&apos;s limits could not be read. %1</source>
        <translation>چیزی فرستاده نشد: سقف‌ها و کف‌های ارائه‌دهنده خوانده نشد. %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cryptofuse does not take %1; it takes %2.</source>
        <translation>Cryptofuse ارز %1 را نمی‌پذیرد؛ این‌ها را می‌پذیرد: %2.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Premium Exchanger did not cancel the bid; it says its status is &quot;%1&quot;.</source>
        <translation>Premium Exchanger درخواست را لغو نکرد؛ وضعیت آن را «%1» اعلام می‌کند.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>GREENGO did not cancel the order: it is unknown to GREENGO, already paid or already closed.</source>
        <translation>GREENGO سفارش را لغو نکرد: یا آن را نمی‌شناسد، یا پرداخت شده یا پیش‌تر بسته شده است.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether GREENGO cancelled the order is unknown; refresh it to find out.</source>
        <translation>معلوم نیست GREENGO سفارش را لغو کرده یا نه؛ برای دانستن، آن را به‌روز کنید.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This provider&apos;s API cannot cancel a transaction.</source>
        <translation>رابط برنامه‌نویسی این ارائه‌دهنده امکان لغو تراکنش را ندارد.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sarraf cannot create transactions at %1.</source>
        <translation>صراف نمی‌تواند در %1 تراکنش بسازد.</translation>
    </message>
</context>
<context>
    <name>sarraf::ProviderHealthModel</name>
    <message>
        <location filename="../models/sync/ProviderHealth.cpp" line="+49"/>
        <source>Switched off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set up</source>
        <translation>راه‌اندازی نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not synced yet</source>
        <translation>هنوز همگام نشده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>کار می‌کند</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused after errors</source>
        <translation>پس از خطاها متوقف شده</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No limit</source>
        <translation>بی‌محدودیت</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 a minute, %2 at once</source>
        <extracomment>%1 requests per minute, %2 requests that may leave at once.</extracomment>
        <translation>%1 در دقیقه، %2 هم‌زمان</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open: paused</source>
        <translation>باز: متوقف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-open: testing</source>
        <translation>نیمه‌باز: در حال آزمون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used yet</source>
        <translation>هنوز به کار نرفته</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Closed: requests go through. Open: requests are paused for a while because the provider kept failing. Half-open: one request tests whether it works again.</source>
        <translation>بسته: درخواست‌ها می‌روند. باز: چون ارائه‌دهنده پیاپی خطا داده، درخواست‌ها مدتی متوقف‌اند. نیمه‌باز: یک درخواست می‌آزماید که آیا دوباره کار می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sync started %1</source>
        <translation>آخرین همگام‌سازی در %1 آغاز شد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last good sync</source>
        <translation>آخرین همگام‌سازی موفق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by rate limit</source>
        <translation>نگه‌داشته برای سقف نرخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circuit breaker</source>
        <translation>قطع‌کنندهٔ مدار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation>سقف نرخ</translation>
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
        <translation>%1 در این نمایه خاموش است؛ از تنظیمات روشنش کنید.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not been synced yet; Sync now asks it.</source>
        <translation>%1 هنوز همگام نشده است؛ «همگام‌سازی هم‌اکنون» از آن می‌پرسد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered the last sync.</source>
        <translation>%1 به آخرین همگام‌سازی پاسخ داد.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Providers</source>
        <translation>ارائه‌دهندگان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the connection to each provider is doing: its last good sync, the requests Sarraf sent since it started, the errors, the requests held back to stay within the provider&apos;s rate limit, and the circuit breaker, which pauses requests to a provider that keeps failing.</source>
        <translation>وضعیت ارتباط با هر ارائه‌دهنده: آخرین همگام‌سازی موفق، درخواست‌هایی که صراف از هنگام اجرا فرستاده، خطاها، درخواست‌هایی که برای ماندن در سقف نرخ ارائه‌دهنده نگه داشته شده‌اند، و قطع‌کنندهٔ مدار که درخواست به ارائه‌دهنده‌ای را که پیاپی خطا می‌دهد متوقف می‌کند.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>همگام‌سازی هم‌اکنون</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
</context>
<context>
    <name>sarraf::SandboxServer</name>
    <message>
        <location filename="../providers/sandbox/SandboxServer.cpp" line="+95"/>
        <source>The sandbox could not listen on port %1 of this computer; another program may be using it.</source>
        <translation>محیط آزمایشی نتوانست روی پورت %1 این رایانه منتظر اتصال بماند؛ ممکن است برنامه‌ی دیگری از این پورت استفاده کند.</translation>
    </message>
</context>
<context>
    <name>sarraf::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+73"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data folder:</source>
        <translation>پوشه‌ی &amp;داده‌ها:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;مرور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start on the &amp;sandbox profile (simulated providers, no real money)</source>
        <translation>شروع با نمایه‌ی &amp;محیط آزمایشی (ارائه‌دهنده‌های شبیه‌سازی‌شده، بدون پول واقعی)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. A new data folder or profile takes effect when Sarraf restarts. Provider credentials are kept in the system keychain, never in these settings.</source>
        <translation>زبان بلافاصله تغییر می‌کند. پوشه‌ی داده‌ها یا نمایه‌ی جدید پس از راه‌اندازی دوباره‌ی صراف اعمال می‌شود. اطلاعات ورود ارائه‌دهنده‌ها در جاکلیدی سیستم نگهداری می‌شود، نه در این تنظیمات.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the data folder</source>
        <translation>انتخاب پوشه‌ی داده‌ها</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restart Sarraf?</source>
        <translation>صراف دوباره راه‌اندازی شود؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new data folder or profile takes effect when Sarraf restarts. Restart now?</source>
        <translation>پوشه‌ی داده‌ها یا نمایه‌ی جدید پس از راه‌اندازی دوباره‌ی صراف اعمال می‌شود. اکنون دوباره راه‌اندازی شود؟</translation>
    </message>
</context>
<context>
    <name>sarraf::SyncScheduler</name>
    <message>
        <location filename="../models/sync/SyncScheduler.cpp" line="+180"/>
        <source>%1 did not answer clearly, so it may have created it all the same. Look it up before creating it again. (%2)</source>
        <translation>%1 پاسخ روشنی نداد، پس شاید با این حال آن را ساخته باشد. پیش از ساختن دوباره، آن را جست‌وجو کنید. (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 created %2, but Sarraf could not save it: %3</source>
        <translation>%1 تراکنش %2 را ساخت، اما صراف نتوانست آن را ذخیره کند: %3</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The local database cannot be opened.</source>
        <translation>پایگاه داده محلی باز نمی‌شود.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not enabled in this profile.</source>
        <translation>%1 در این نمایه فعال نیست.</translation>
    </message>
</context>
<context>
    <name>sarraf::TransactionDetailsPane</name>
    <message>
        <location filename="../ui/TransactionDetailsPane.cpp" line="+45"/>
        <source>sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>look-up or refresh</source>
        <translation>جست‌وجو یا به‌روزرسانی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the provider&apos;s callback</source>
        <translation>فراخوان ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import</source>
        <translation>درون‌ریزی</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created in Sarraf</source>
        <translation>ساخته‌شده در صراف</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Save the receipt</source>
        <translation>ذخیره رسید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The receipt could not be laid out.</source>
        <translation>رسید صفحه‌آرایی نشد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transaction receipt</source>
        <translation>رسید تراکنش</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt saved to %1.</source>
        <extracomment>%1 is a file&apos;s path.</extracomment>
        <translation>رسید در %1 ذخیره شد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt could not be written to %1; check that the folder exists and you may write there.</source>
        <translation>رسید در %1 نوشته نشد؛ بررسی کنید که پوشه وجود دارد و اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the receipt</source>
        <translation>چاپ رسید</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel this order?</source>
        <translation>این سفارش لغو شود؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 will be asked to cancel order %2 (%3). A cancelled order cannot be paid any more, and this cannot be undone.</source>
        <extracomment>%1 is the provider, %2 the order&apos;s id, %3 its amount.</extracomment>
        <translation>از %1 خواسته می‌شود سفارش %2 (%3) را لغو کند. سفارش لغوشده دیگر پرداخت‌شدنی نیست و این کار برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel the order</source>
        <translation>لغو سفارش</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>نگه داشتن</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status history</source>
        <translation>تاریخچه وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider&apos;s answer</source>
        <translation>پاسخ ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh now</source>
        <translation>به‌روزرسانی اکنون</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ask the provider about this transaction again</source>
        <translation>دوباره از ارائه‌دهنده درباره این تراکنش بپرس</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Copy id</source>
        <translation>رونوشت شناسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open payment link</source>
        <translation>باز کردن پیوند پرداخت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>ذخیره به‌صورت PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation>لغو سفارش…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the provider to cancel this order; you confirm first</source>
        <translation>از ارائه‌دهنده لغو این سفارش را بخواه؛ نخست شما تأیید می‌کنید</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Select a transaction to see its details.</source>
        <translation>برای دیدن جزئیات، یک تراکنش را برگزینید.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The provider cannot be asked about this; only its callbacks update it</source>
        <translation>نمی‌توان از ارائه‌دهنده درباره این پرسید؛ فقط فراخوان‌های آن به‌روزش می‌کنند</translation>
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
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2 (provider: %3; from %4)</source>
        <extracomment>%1 is a time, %2 the status change, %3 the provider&apos;s word, %4 where it came from (sync, callback, ...).</extracomment>
        <translation>%1 — %2 (ارائه‌دهنده: %3؛ از %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider&apos;s answer was not kept for this transaction.</source>
        <translation>پاسخ ارائه‌دهنده برای این تراکنش نگه داشته نشده است.</translation>
    </message>
</context>
<context>
    <name>sarraf::TransactionTableModel</name>
    <message>
        <location filename="../models/table/TransactionTableModel.cpp" line="+320"/>
        <source>The provider says: %1</source>
        <extracomment>%1 is the provider&apos;s own status word, shown as it came.</extracomment>
        <translation>وضعیت از زبان ارائه‌دهنده: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Provider</source>
        <translation>ارائه‌دهنده</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>به‌روزرسانی</translation>
    </message>
</context>
<context>
    <name>sarraf::TransactionsPage</name>
    <message>
        <location filename="../ui/TransactionsPage.cpp" line="+293"/>
        <source>All providers</source>
        <translation>همه ارائه‌دهندگان</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All currencies</source>
        <translation>همه ارزها</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From any date</source>
        <translation>از هر تاریخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To any date</source>
        <translation>تا هر تاریخ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created on or after this day</source>
        <translation>ایجادشده در این روز یا پس از آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this day</source>
        <translation>ایجادشده در این روز یا پیش از آن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search id, phone, email, address, description, tracking code</source>
        <translation>جست‌وجوی شناسه، تلفن، ایمیل، نشانی، شرح، کد پیگیری</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min amount</source>
        <translation>کمترین مبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>خروجی CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows the filters select, in this order, as a CSV file</source>
        <translation>ردیف‌هایی را که پالایه‌ها برگزیده‌اند، به همین ترتیب، در یک پرونده CSV ذخیره کن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max amount</source>
        <translation>بیشترین مبلغ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Matching: %1</source>
        <translation>موارد یافته‌شده: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total: %1</source>
        <translation>مجموع: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export to CSV</source>
        <translation>خروجی به CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting transactions…</source>
        <translation>در حال خروجی‌گیری از تراکنش‌ها…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An export is already running; wait for it to finish.</source>
        <translation>یک خروجی‌گیری در حال انجام است؛ تا پایان آن صبر کنید.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Exported %1 transactions to %2.</source>
        <translation>%1 تراکنش در %2 ذخیره شد.</translation>
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
        <translation>%1، %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 transactions finished</source>
        <extracomment>A notification&apos;s title when several transactions finished in one sync; %1 how many.</extracomment>
        <translation>%1 تراکنش به پایان رسید</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed: %1. Failed, cancelled or expired: %2.</source>
        <extracomment>%1 how many completed, %2 how many failed, were cancelled or expired.</extracomment>
        <translation>انجام‌شده: %1. ناموفق، لغوشده یا منقضی: %2.</translation>
    </message>
</context>
</TS>
